import { describeSiteWide } from './site-wide.ts';

describeSiteWide('state pages');
