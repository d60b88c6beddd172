import { fileURLToPath } from 'node:url';
import { toStateRecord } from '../../src/data/state-record.ts';
import { STATE_CODES } from '../../src/data/us-states.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

/** The content the build read: the fixture when CONTENT_DIR is set, content/ otherwise. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url));

const content = validateContent(CONTENT_DIR);

/** The state records as the pages get them, in the site's order. */
export const STATES = content.states.map(toStateRecord).sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));

/** The bibliography. */
export const SOURCES = content.sources;
