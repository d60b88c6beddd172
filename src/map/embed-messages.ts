/**
 * The embed's resize protocol, in a module of its own so the embed's script carries only these
 * two strings and not the rest of the embed options code.
 */

/** The message the embed posts to its parent: `{ type: 'ice-dmv-map:height', height: <CSS pixels> }`. */
export const HEIGHT_MESSAGE = 'ice-dmv-map:height';
/** The message the loader sends an embed to ask for its height again: `{ type: 'ice-dmv-map:ping' }`. */
export const PING_MESSAGE = 'ice-dmv-map:ping';
