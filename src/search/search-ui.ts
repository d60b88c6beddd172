/**
 * The search UI on Pagefind's JS API, loaded only when a reader opens search. It fills a panel rendered by
 * SearchPanel.astro: a labelled input, filters as checkboxes, a polite status line and a list of results.
 */
import { PAGEFIND_OPTIONS } from './pagefind-options.ts';
import {
	capQuery,
	cleanResultUrl,
	orderFilterValues,
	resultCountMessage,
	suggestSpelling,
	toPagefindFilters,
	type FilterGroupSpec,
	type SearchMessages,
} from './search-text.ts';

interface PagefindSubResult {
	readonly title: string;
	readonly url: string;
}

interface PagefindResultData {
	readonly url: string;
	readonly excerpt: string;
	readonly meta: Readonly<Record<string, string>>;
	readonly filters: Readonly<Record<string, readonly string[]>>;
	readonly sub_results: readonly PagefindSubResult[];
}

/** For each filter, how many pages each of its values would give. */
type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

interface PagefindSearch {
	readonly results: readonly { data(): Promise<PagefindResultData> }[];
	readonly filters: FilterCounts;
}

/** The part of pagefind.js this UI uses. */
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: Record<string, unknown>): Promise<PagefindSearch>;
	filters(): Promise<FilterCounts>;
}

/** Results shown at a time: each needs its own fragment request, and the first query has a byte budget. */
const PAGE_SIZE = 5;
/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 150;
/** At most this many links to sections inside a result. */
const SUB_RESULTS = 2;

let pagefindLoad: Promise<Pagefind> | undefined;

/** Imports the site's own Pagefind bundle once and configures it; a failed load is retried next time. */
function loadPagefind(): Promise<Pagefind> {
	pagefindLoad ??= (async () => {
		const bundle = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
		await pagefind.options({ ...PAGEFIND_OPTIONS });
		await pagefind.init();
		return pagefind;
	})();
	pagefindLoad.catch(() => {
		pagefindLoad = undefined;
	});
	return pagefindLoad;
}

/** A mounted search panel. */
export interface SearchUi {
	/** Starts loading Pagefind and its filters; call when the panel is shown or its input gets focus. */
	activate(): void;
	readonly input: HTMLInputElement;
}

const mounted = new WeakMap<HTMLElement, SearchUi>();

/** Wires a [data-search-panel] element once; later calls return the same UI. */
export function mountSearch(panel: HTMLElement): SearchUi {
	const existing = mounted.get(panel);
	if (existing) return existing;
	const ui = createSearchUi(panel);
	mounted.set(panel, ui);
	return ui;
}

function part<T extends HTMLElement>(panel: HTMLElement, name: string): T {
	const element = panel.querySelector<T>(`[data-search-${name}]`);
	if (!element) throw new Error(`Search panel has no [data-search-${name}]`);
	return element;
}

function createSearchUi(panel: HTMLElement): SearchUi {
	const form = part<HTMLFormElement>(panel, 'form');
	const input = part<HTMLInputElement>(panel, 'input');
	const status = part<HTMLElement>(panel, 'status');
	const filterBox = part<HTMLDetailsElement>(panel, 'filters');
	const filterList = part<HTMLElement>(panel, 'filter-groups');
	const list = part<HTMLOListElement>(panel, 'results');
	const more = part<HTMLButtonElement>(panel, 'more');
	const failed = part<HTMLElement>(panel, 'failed');
	const empty = part<HTMLElement>(panel, 'empty');
	const spelling = part<HTMLElement>(panel, 'spelling');
	const spellingLink = part<HTMLAnchorElement>(panel, 'spelling-link');
	const vocabularyUrl = panel.dataset.vocabulary ?? '';
	let vocabulary: Promise<string[]> | undefined;
	const messages = JSON.parse(panel.dataset.messages ?? '{}') as SearchMessages;
	const groups = JSON.parse(panel.dataset.filterGroups ?? '[]') as FilterGroupSpec[];
	// On the search page the address follows the query, so a search can be bookmarked and shared.
	const syncsUrl = panel.dataset.syncUrl !== undefined;

	const chosen = new Map<string, Set<string>>();
	const counts = new Map<string, HTMLElement>();
	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let shown: PagefindSearch['results'] = [];
	let activated: Promise<Pagefind | undefined> | undefined;
	let totals: FilterCounts = {};

	form.hidden = false;

	function activate(): Promise<Pagefind | undefined> {
		activated ??= (async () => {
			status.textContent = messages.loading;
			try {
				const pagefind = await loadPagefind();
				totals = await pagefind.filters();
				renderFilters(totals);
				if (status.textContent === messages.loading) status.textContent = '';
				return pagefind;
			} catch {
				activated = undefined;
				status.textContent = messages.failed;
				failed.hidden = false;
				return undefined;
			}
		})();
		return activated;
	}

	function renderFilters(available: FilterCounts): void {
		filterList.replaceChildren(
			...groups.flatMap((group) => {
				const values = orderFilterValues(group.values, available[group.name] ?? {});
				if (values.length === 0) return [];
				const fieldset = document.createElement('fieldset');
				const legend = document.createElement('legend');
				legend.textContent = group.legend;
				fieldset.append(legend);
				for (const value of values) {
					const label = document.createElement('label');
					const box = document.createElement('input');
					box.type = 'checkbox';
					box.name = group.name;
					box.value = value;
					box.addEventListener('change', () => {
						const set = chosen.get(group.name) ?? new Set<string>();
						if (box.checked) set.add(value);
						else set.delete(value);
						chosen.set(group.name, set);
						void run();
					});
					const count = document.createElement('span');
					count.className = 'search-count';
					count.textContent = `(${available[group.name]?.[value] ?? 0})`;
					counts.set(`${group.name}\u0000${value}`, count);
					label.append(box, ` ${value} `, count);
					fieldset.append(label);
				}
				return [fieldset];
			}),
		);
		filterBox.hidden = filterList.childElementCount === 0;
	}

	async function run(): Promise<void> {
		clearTimeout(timer);
		const query = capQuery(input.value);
		const filters = toPagefindFilters(chosen);
		const current = ++sequence;
		if (syncsUrl) syncUrl(query);
		if (!query && Object.keys(filters).length === 0) {
			empty.hidden = true;
			list.replaceChildren();
			more.hidden = true;
			status.textContent = '';
			showCounts(totals);
			return;
		}
		const pagefind = await activate();
		if (!pagefind) return;
		const search = await pagefind.search(query || null, { filters });
		if (current !== sequence) return;
		shown = search.results;
		list.replaceChildren();
		await showMore(current);
		if (current !== sequence) return;
		showCounts(search.filters);
		await showSuggestions(query, current);
		if (current !== sequence) return;
		// Announced last, once the results and suggestions it counts are on screen.
		status.textContent = resultCountMessage(messages, shown.length, query);
	}

	/**
	 * After a search that found nothing: the ways and the state list, and a spelling hint when a known word is
	 * close. The words load only now, once: most searches find something and never need them.
	 */
	async function showSuggestions(query: string, current: number): Promise<void> {
		empty.hidden = shown.length > 0 || !query;
		spelling.hidden = true;
		if (empty.hidden) return;
		vocabulary ??= fetch(vocabularyUrl)
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
			.catch(() => []);
		const suggestion = suggestSpelling(query, await vocabulary);
		if (current !== sequence || suggestion === undefined) return;
		spellingLink.textContent = suggestion;
		spellingLink.href = `/search/?q=${encodeURIComponent(suggestion)}`;
		spelling.hidden = false;
	}

	/** Puts the number of pages each filter value would give next to it. */
	function showCounts(available: FilterCounts): void {
		for (const [key, element] of counts) {
			const [name = '', value = ''] = key.split('\u0000');
			element.textContent = `(${available[name]?.[value] ?? 0})`;
		}
	}

	async function showMore(current: number): Promise<void> {
		const start = list.childElementCount;
		const page = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((result) => result.data()));
		if (current !== sequence) return;
		list.append(...page.map(renderResult));
		more.hidden = list.childElementCount >= shown.length;
	}

	function syncUrl(query: string): void {
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
	}

	input.addEventListener('focus', () => void activate());
	// No preloading of partial words: a prefix can span index chunks the finished word does not need.
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});
	// The hint searches at once, in the dialog too; the link's address is for opening it elsewhere.
	spellingLink.addEventListener('click', (event) => {
		event.preventDefault();
		input.value = spellingLink.textContent ?? '';
		input.focus();
		void run();
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run();
	});
	let loadingMore = false;
	more.addEventListener('click', () => {
		// A second click while the next results load would load the same ones again.
		if (loadingMore) return;
		loadingMore = true;
		const next = list.childElementCount;
		void showMore(sequence)
			.then(() => list.querySelectorAll<HTMLAnchorElement>('.search-result-title')[next]?.focus())
			.finally(() => {
				loadingMore = false;
			});
	});
	// Arrow keys move between the input and the result titles; Tab still works everywhere.
	panel.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [input, ...list.querySelectorAll<HTMLAnchorElement>('.search-result-title')];
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (index === -1) return;
		const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
		if (!next) return;
		event.preventDefault();
		next.focus();
	});

	// The field may have gained focus, or words, while this module was loading.
	if (input.value.trim()) void run();
	else if (document.activeElement === input) void activate();

	return {
		activate: () => void activate(),
		input,
	};
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('p');
	heading.className = 'search-result-heading';
	const link = document.createElement('a');
	link.className = 'search-result-title';
	link.href = cleanResultUrl(data.url);
	link.textContent = data.meta['title'] ?? data.url;
	heading.append(link);
	const type = data.filters['type']?.[0];
	if (type) {
		const tag = document.createElement('span');
		tag.className = 'search-result-type';
		tag.textContent = type;
		heading.append(' ', tag);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'search-result-excerpt';
	// Pagefind escapes the page text and adds only <mark> elements, so its excerpt is safe as HTML.
	excerpt.innerHTML = data.excerpt;
	item.append(heading, excerpt);
	const sections = data.sub_results.filter((sub) => sub.url.includes('#')).slice(0, SUB_RESULTS);
	if (sections.length > 0) {
		const sublist = document.createElement('ul');
		sublist.className = 'search-result-sections';
		for (const sub of sections) {
			const subItem = document.createElement('li');
			const subLink = document.createElement('a');
			subLink.href = cleanResultUrl(sub.url);
			subLink.textContent = sub.title;
			subItem.append(subLink);
			sublist.append(subItem);
		}
		item.append(sublist);
	}
	return item;
}
