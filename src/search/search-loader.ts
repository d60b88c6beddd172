/**
 * The only search code on a first page load: it turns the header's search link into a button, listens for
 * "/" and Ctrl/Cmd-K, and imports the search UI (and with it Pagefind) only when the reader opens search.
 * On a page reached from a result it imports the highlighter.
 */
import { isOpenShortcut } from './shortcut.ts';

const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
const dialogPanel = dialog?.querySelector<HTMLElement>('[data-search-panel]');
// The search page has the panel in its content and no dialog.
const pagePanel = document.querySelector<HTMLElement>('main [data-search-panel]');
let returnFocus: Element | null = null;

function loadUi() {
	return import('./search-ui.ts');
}

async function openSearch(): Promise<void> {
	if (pagePanel) {
		const { mountSearch } = await loadUi();
		mountSearch(pagePanel).input.focus();
		return;
	}
	if (!dialog || !dialogPanel) return;
	if (!dialog.open) {
		returnFocus = document.activeElement;
		dialog.showModal();
	}
	// Focus the field before the UI loads, so nothing the reader types in the meantime is lost.
	dialogPanel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
	const { mountSearch } = await loadUi();
	mountSearch(dialogPanel).activate();
}

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || target.closest('input, textarea, select, [role="textbox"]') !== null)
	);
}

for (const link of document.querySelectorAll<HTMLElement>('[data-search-link]')) link.hidden = true;
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
	button.hidden = false;
	button.addEventListener('click', () => void openSearch());
}

document.addEventListener('keydown', (event) => {
	if (event.defaultPrevented || !isOpenShortcut(event, isTyping(event.target))) return;
	event.preventDefault();
	void openSearch();
});

if (dialog) {
	dialog.addEventListener('close', () => {
		if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
		returnFocus = null;
	});
	// Esc closes at once; in a search field Chromium would first only clear the text.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		dialog.close();
	});
	// A click on the backdrop lands on the dialog itself; clicks inside land on its content.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
}

if (pagePanel) {
	// /search/?q=term: the field holds the term at once, and the UI searches for it as soon as it loads.
	const query = new URLSearchParams(location.search).get('q')?.trim();
	const input = pagePanel.querySelector<HTMLInputElement>('[data-search-input]');
	if (query && input) input.value = query;
	const form = pagePanel.querySelector<HTMLFormElement>('[data-search-form]');
	if (form) form.hidden = false;
	void loadUi().then(({ mountSearch }) => mountSearch(pagePanel));
}

const highlights = new URLSearchParams(location.search).getAll('highlight');
if (highlights.length > 0) void import('./highlight.ts').then(({ highlightTerms }) => highlightTerms(highlights));
