import { describeSiteWide } from './site-wide.ts';

describeSiteWide('home, map and embed');
