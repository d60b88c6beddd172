/**
 * The embed's only script. It posts the page's height to the host page now, on every change and
 * whenever the host's loader asks; draws a highlighted or focused state's outline over its
 * neighbours, which otherwise cover part of it; names each state link by its status on the chosen
 * layer; lets the arrow keys move between states (one Tab stop for the map); and shows a small
 * details card on focus and on a first tap, whose link (or a second tap) opens the state's page in
 * the top window. The layer, theme and key are CSS; without this script every state is still a link.
 */
import { HEIGHT_MESSAGE, PING_MESSAGE } from './embed-messages.ts';
import type { EmbedCardData } from './embed-map.ts';

/** Space between a state and its card, in CSS pixels. */
const GAP = 8;

function postHeight(): void {
	if (window.parent === window) return;
	const root = document.documentElement;
	const post = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height) }, '*');
	new ResizeObserver(post).observe(root);
	window.addEventListener('message', (event) => {
		if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === PING_MESSAGE) post();
	});
}

/** A copy of a state's outline drawn on top of the map, with its own class. */
function outline(svg: SVGSVGElement, className: string): SVGPathElement {
	const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
	path.setAttribute('class', className);
	svg.append(path);
	return path;
}

function enhance(svg: SVGSVGElement, frame: HTMLElement, card: HTMLElement, data: EmbedCardData): void {
	const root = document.documentElement;
	const layer = Math.max(0, data.layers.findIndex((l) => l.id === (root.dataset['layer'] ?? svg.dataset['layer'])));
	const links = [...svg.querySelectorAll<SVGAElement>('a[data-code]')];
	const stateOf = (anchor: Element | null) => data.states[(anchor as HTMLElement | null)?.dataset['code'] ?? ''];
	const shapeOf = (code: string) => svg.querySelector(`a[data-code="${code}"] path`)?.getAttribute('d') ?? '';

	// A code that is no state's (state=zz) draws nothing.
	const highlighted = shapeOf(root.dataset['state'] ?? '');
	if (highlighted) outline(svg, 'highlight').setAttribute('d', highlighted);
	const ring = [outline(svg, 'focus-halo'), outline(svg, 'focus-line')];
	const drawRing = (d: string) => ring.forEach((path) => path.setAttribute('d', d));

	links.forEach((link, i) => {
		const state = stateOf(link);
		const label = state && data.layers[layer]?.labels[state.statuses[layer] ?? ''];
		if (state && label) link.setAttribute('aria-label', `${state.name}: ${label}${state.recent ? ` (${data.recentLabel})` : ''}`);
		link.setAttribute('tabindex', i === 0 ? '0' : '-1');
	});

	let shown = '';
	let touch = false;
	/** The state whose card was open when the current tap began: a tap focuses the link, which opens its card first. */
	let shownBeforeTap = '';
	/** Closes the card; the ring stays while its state keeps focus, so focus stays visible. */
	const hide = (keepRing = false) => {
		shown = '';
		card.hidden = true;
		if (!keepRing) drawRing('');
	};
	const show = (anchor: Element) => {
		const code = (anchor as HTMLElement).dataset['code'] ?? '';
		const state = data.states[code];
		if (!state) return;
		shown = code;
		drawRing(shapeOf(code));
		const element = (tag: string, text: string, className = '') => {
			const node = document.createElement(tag);
			node.textContent = text;
			node.className = className;
			return node;
		};
		const list = element('dl', '');
		data.layers.forEach((l, i) => {
			const row = element('div', '', i === layer ? 'current' : '');
			row.append(element('dt', l.name), element('dd', l.labels[state.statuses[i] ?? ''] ?? ''));
			list.append(row);
		});
		const more = element('a', data.moreLabel.replace('{name}', state.name)) as HTMLAnchorElement;
		more.href = anchor.getAttribute('href') ?? '';
		more.tabIndex = -1;
		card.replaceChildren(element('p', state.name, 'embed-card-name'), ...(state.recent ? [element('p', data.recentLabel, 'embed-card-recent')] : []), list, more);
		card.hidden = false;
		// Below the state if the card fits there inside the map, else above it, kept within the map's width.
		const box = anchor.getBoundingClientRect();
		const area = frame.getBoundingClientRect();
		const x = Math.max(0, Math.min(box.left + box.width / 2 - area.left - card.offsetWidth / 2, area.width - card.offsetWidth));
		const below = box.bottom - area.top + GAP;
		const y = below + card.offsetHeight <= area.height ? below : Math.max(0, box.top - area.top - GAP - card.offsetHeight);
		card.style.translate = `${Math.round(x)}px ${Math.round(y)}px`;
	};

	frame.addEventListener(
		'pointerdown',
		(event) => {
			touch = event.pointerType === 'touch';
			shownBeforeTap = shown;
		},
		{ capture: true },
	);
	frame.addEventListener('click', (event) => {
		const anchor = (event.target as Element).closest('a[data-code]');
		// On touch, the first tap on a state shows its card; a second tap, or the card's link, opens its page.
		if (anchor && touch && shownBeforeTap !== (anchor as HTMLElement).dataset['code']) {
			event.preventDefault();
			show(anchor);
		}
	});
	frame.addEventListener('focusin', (event) => {
		const anchor = (event.target as Element).closest('a[data-code]');
		if (!anchor || !links.includes(anchor as SVGAElement)) return;
		for (const link of links) link.setAttribute('tabindex', link === anchor ? '0' : '-1');
		show(anchor);
	});
	frame.addEventListener('focusout', (event) => {
		if (!frame.contains(event.relatedTarget as Node | null)) hide();
	});
	svg.addEventListener('keydown', (event) => {
		const i = links.indexOf((event.target as Element).closest('a[data-code]') as SVGAElement);
		const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: links.length - 1 }[event.key];
		if (i < 0 || next === undefined) return;
		event.preventDefault();
		links[Math.max(0, Math.min(next, links.length - 1))]?.focus();
	});
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') hide(true);
	});
	document.addEventListener('pointerdown', (event) => {
		if (!frame.contains(event.target as Node)) hide();
	});
}

postHeight();
const svg = document.querySelector<SVGSVGElement>('.choropleth-svg');
const frame = document.querySelector<HTMLElement>('.map-frame');
const card = document.querySelector<HTMLElement>('.embed-card');
const json = document.getElementById('embed-data')?.textContent;
if (svg && frame && card && json) enhance(svg, frame, card, JSON.parse(json) as EmbedCardData);
