import { describeSiteWide } from './site-wide.ts';

describeSiteWide('explainers');
