import { describeSiteWide } from './site-wide.ts';

describeSiteWide('reference and other pages');
