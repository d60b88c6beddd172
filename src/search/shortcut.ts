/**
 * The keyboard shortcuts that open search. Kept apart from search-text.ts because every page loads this
 * and only readers who open search load the rest.
 */

/** The parts of a key press that decide whether it opens search. */
export interface KeyPress {
	readonly key: string;
	readonly ctrlKey: boolean;
	readonly metaKey: boolean;
	readonly altKey: boolean;
}

/** True for Ctrl-K or Cmd-K anywhere, and for "/" when the reader is not typing in a field. */
export function isOpenShortcut(press: KeyPress, typing: boolean): boolean {
	if (press.altKey) return false;
	if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'k') return true;
	return press.key === '/' && !press.ctrlKey && !press.metaKey && !typing;
}
