/**
 * <choropleth-map>: enhances the server-rendered map, which already works without JavaScript.
 * Adds the layer switcher (each way's layer, licenses for all, and the "all three ways" tile
 * grid), a details card on hover, focus and tap, a focus ring drawn on top of the neighbouring
 * states, and arrow-key movement between states (one Tab stop for the whole map). Plain DOM code, no d3: the map is drawn at build time. Reads only the page's own markup
 * and the JSON beside it.
 */
import type { ClientLayer, ClientMapData, ClientState } from './client-data.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Lets the pointer travel from a state onto its card without the card vanishing (WCAG 1.4.13). */
const HIDE_DELAY_MS = 300;
/** Space between a state and its card, in CSS pixels. */
const GAP = 10;
/** The switcher's value for the tile grid of all three ways. */
const ALL_WAYS = 'all';
/** Below this width the card sits in the page's flow under the map, so it never covers the map or its key. */
const NARROW = '(max-width: 40rem)';

type Side = 'right' | 'left' | 'below' | 'above';

class ChoroplethMapElement extends HTMLElement {
	#data!: ClientMapData;
	#layer!: ClientLayer;
	/** True while the tile grid of all three ways is shown instead of the map. */
	#allWays = false;
	/** The layer the page drew, which a URL without ?layer= shows. */
	#defaultLayer = '';
	#svg!: SVGSVGElement;
	#frame!: HTMLElement;
	#card!: HTMLElement;
	/** The focus ring: a path drawn twice, a wide halo under a narrow ring of the other colour, so it shows on any fill. */
	#ring!: SVGGElement;
	#links: SVGAElement[] = [];
	#centres = new Map<Element, { x: number; y: number }>();
	/** Code of the state the card shows, or null when it is closed. */
	#shown: string | null = null;
	#hideTimer = 0;
	#pointerType = '';
	/** The state whose card was open when the current tap began; focus on tap opens a card first. */
	#shownBeforeTap: string | null = null;

	connectedCallback(): void {
		const json = this.querySelector('script.map-data');
		const svg = this.querySelector<SVGSVGElement>('svg.choropleth-svg');
		const frame = this.querySelector<HTMLElement>('.map-frame');
		const card = this.querySelector<HTMLElement>('.map-card');
		if (!json?.textContent || !svg || !frame || !card || this.#links.length > 0) return;
		this.#data = JSON.parse(json.textContent) as ClientMapData;
		[this.#svg, this.#frame, this.#card] = [svg, frame, card];
		this.#links = [...svg.querySelectorAll<SVGAElement>('a[data-code]')];
		this.#links.forEach((link, i) => link.setAttribute('tabindex', i === 0 ? '0' : '-1'));
		this.#ring = document.createElementNS(SVG_NS, 'g');
		this.#ring.setAttribute('class', 'focus-ring');
		for (const part of ['focus-halo', 'focus-line']) {
			const path = document.createElementNS(SVG_NS, 'path');
			path.setAttribute('class', part);
			this.#ring.append(path);
		}
		svg.append(this.#ring);
		this.#layer = this.#findLayer(svg.dataset.layer) ?? (this.#data.layers[0] as ClientLayer);
		this.#defaultLayer = this.#layer.id;

		const switcher = this.querySelector<HTMLFieldSetElement>('.layer-switch');
		if (switcher) {
			switcher.addEventListener('change', (event) => this.#setLayer((event.target as HTMLInputElement).value, true));
			const requested = new URLSearchParams(location.search).get('layer');
			if (requested === ALL_WAYS) this.#setLayer(ALL_WAYS, false);
			else {
				const fromUrl = this.#findLayer(requested);
				if (fromUrl && fromUrl !== this.#layer) this.#setLayer(fromUrl.id, false);
			}
		}
		card.addEventListener('click', (event) => {
			if ((event.target as Element).closest('[data-close]')) this.#hide();
		});

		this.addEventListener(
			'pointerdown',
			(event) => {
				this.#pointerType = event.pointerType;
				this.#shownBeforeTap = this.#shown;
			},
			{ capture: true },
		);
		this.addEventListener('pointerover', (event) => this.#onPointerOver(event));
		this.addEventListener('pointerout', (event) => this.#onPointerOut(event));
		this.addEventListener('click', (event) => this.#onClick(event));
		this.addEventListener('focusin', (event) => this.#onFocusIn(event));
		this.addEventListener('focusout', (event) => {
			if (!this.contains(event.relatedTarget as Node | null)) this.#hide();
		});
		svg.addEventListener('keydown', (event) => this.#onKeyDown(event));
		document.addEventListener('keydown', (event) => {
			if (event.key === 'Escape' && this.#shown) this.#hide(true);
		});
		document.addEventListener('pointerdown', (event) => {
			if (!this.contains(event.target as Node)) this.#hide();
		});
	}

	#findLayer(id: string | null | undefined): ClientLayer | undefined {
		return this.#data.layers.find((layer) => layer.id === id);
	}

	/** The state link or small-state box an event happened in, if any. */
	#stateAnchor(target: EventTarget | null): HTMLElement | SVGAElement | null {
		return target instanceof Element ? target.closest<HTMLElement | SVGAElement>('a[data-code]') : null;
	}

	#setLayer(id: string, updateUrl: boolean): void {
		this.#allWays = id === ALL_WAYS;
		this.dataset.view = this.#allWays ? ALL_WAYS : 'map';
		const layer = this.#allWays ? this.#layer : this.#findLayer(id);
		if (!layer) return;
		this.#layer = layer;
		const index = this.#data.layers.indexOf(layer);
		// The grid's tiles paint all three ways at once, so only the map's states and boxes repaint.
		for (const anchor of this.querySelectorAll<HTMLElement>('.choropleth-svg a[data-code], .small-states a[data-code]')) {
			const state = this.#data.states[anchor.dataset.code ?? ''];
			const level = state && layer.levels[state.statuses[index] ?? ''];
			const shape = anchor.querySelector('path, rect');
			if (!state || !level || !shape) continue;
			shape.setAttribute('fill', level.fill);
			shape.setAttribute('class', level.className);
			if (anchor.hasAttribute('aria-label')) anchor.setAttribute('aria-label', `${state.name}: ${level.label}`);
		}
		this.#svg.dataset.layer = layer.id;
		for (const legend of this.querySelectorAll<HTMLElement>('[data-legend]')) legend.hidden = legend.dataset.legend !== id;
		for (const title of this.querySelectorAll('[data-map-title]')) title.textContent = this.#allWays ? this.#data.allWaysTitle : layer.title;
		for (const radio of this.querySelectorAll<HTMLInputElement>('.layer-switch input')) radio.checked = radio.value === id;
		if (updateUrl) {
			const url = new URL(location.href);
			if (id === this.#defaultLayer) url.searchParams.delete('layer');
			else url.searchParams.set('layer', id);
			history.replaceState(history.state, '', url);
		}
		if (this.#shown) this.#fillCard(this.#shown);
	}

	#onPointerOver(event: PointerEvent): void {
		if (event.pointerType === 'touch') return;
		if (this.#card.contains(event.target as Node)) {
			clearTimeout(this.#hideTimer);
			return;
		}
		const anchor = this.#stateAnchor(event.target);
		if (anchor) this.#show(anchor);
	}

	#onPointerOut(event: PointerEvent): void {
		if (event.pointerType === 'touch') return;
		const next = event.relatedTarget as Node | null;
		if (next && (this.#card.contains(next) || this.#stateAnchor(next))) return;
		clearTimeout(this.#hideTimer);
		this.#hideTimer = window.setTimeout(() => this.#hide(), HIDE_DELAY_MS);
	}

	/** On touch, the first tap on a state shows its card; a second tap, or the card's link, opens its page. */
	#onClick(event: MouseEvent): void {
		const anchor = this.#stateAnchor(event.target);
		if (!anchor || this.#card.contains(anchor) || this.#pointerType !== 'touch') return;
		if (this.#shownBeforeTap !== anchor.dataset.code) {
			event.preventDefault();
			this.#show(anchor);
		}
	}

	#onFocusIn(event: FocusEvent): void {
		const link = this.#stateAnchor(event.target);
		if (link?.closest('.tile-grid')) {
			this.#show(link);
			return;
		}
		if (!link || !this.#links.includes(link as SVGAElement)) return;
		for (const other of this.#links) other.setAttribute('tabindex', other === link ? '0' : '-1');
		this.#show(link);
	}

	#onKeyDown(event: KeyboardEvent): void {
		const link = this.#stateAnchor(event.target) as SVGAElement | null;
		const i = link ? this.#links.indexOf(link) : -1;
		if (!link || i < 0) return;
		// Left and right step through the reading order, so every state can be reached; up and down jump by sight.
		const moves: Record<string, () => SVGAElement | undefined> = {
			ArrowRight: () => this.#links[i + 1],
			ArrowLeft: () => this.#links[i - 1],
			ArrowDown: () => this.#nearest(link, 1),
			ArrowUp: () => this.#nearest(link, -1),
			Home: () => this.#links[0],
			End: () => this.#links.at(-1),
		};
		const move = moves[event.key];
		if (!move) return;
		event.preventDefault();
		move()?.focus();
	}

	#centre(element: SVGGraphicsElement): { x: number; y: number } {
		let centre = this.#centres.get(element);
		if (!centre) {
			const box = element.getBBox();
			centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			this.#centres.set(element, centre);
		}
		return centre;
	}

	/** The state nearest below (direction 1) or above (-1), favouring ones straight down or up. */
	#nearest(from: SVGAElement, direction: 1 | -1): SVGAElement | undefined {
		const start = this.#centre(from);
		let best: SVGAElement | undefined;
		let bestScore = Infinity;
		for (const link of this.#links) {
			const { x, y } = this.#centre(link);
			const dy = (y - start.y) * direction;
			const score = dy + 3 * Math.abs(x - start.x);
			if (dy > 5 && score < bestScore) [best, bestScore] = [link, score];
		}
		return best;
	}

	#show(anchor: HTMLElement | SVGAElement): void {
		const code = anchor.dataset.code ?? '';
		clearTimeout(this.#hideTimer);
		if (!this.#data.states[code]) return;
		// A tile of the grid is its own target: no ring on the hidden map, and the card beside the tile.
		if (anchor.closest('.tile-grid')) {
			this.#ring.classList.remove('shown');
			this.#fillCard(code);
			this.#card.hidden = false;
			this.#place([anchor]);
			return;
		}
		const shape = this.#svg.querySelector(`a[data-code="${code}"] path`);
		if (!shape) return;
		this.#drawRing(shape.getAttribute('d') ?? '');
		this.#ring.classList.add('shown');
		this.#fillCard(code);
		this.#card.hidden = false;
		// A small state's box sits apart from the state; keep the card off both.
		this.#place(anchor instanceof SVGAElement ? [shape] : [shape, anchor]);
	}

	/** Closes the card. Escape keeps the ring on a focused state, so focus stays visible. */
	#hide(keepFocusRing = false): void {
		clearTimeout(this.#hideTimer);
		this.#shown = null;
		this.#card.hidden = true;
		const focused = this.#stateAnchor(document.activeElement);
		if (keepFocusRing && focused && this.contains(focused)) return;
		if (focused && this.#links.includes(focused as SVGAElement)) {
			this.#drawRing(focused.querySelector('path')?.getAttribute('d') ?? '');
		} else {
			this.#ring.classList.remove('shown');
		}
	}

	#drawRing(d: string): void {
		for (const path of this.#ring.children) path.setAttribute('d', d);
	}

	#fillCard(code: string): void {
		const state = this.#data.states[code] as ClientState;
		this.#shown = code;
		const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
			const node = document.createElement(tag);
			node.textContent = text;
			if (className) node.className = className;
			return node;
		};
		const list = element('dl');
		this.#data.layers.forEach((layer, i) => {
			const row = element('div', '', layer === this.#layer ? 'current' : '');
			const value = element('dd', layer.levels[state.statuses[i] ?? '']?.label ?? '');
			const note = state.notes[i];
			if (note) value.append(' ', element('span', note, 'map-card-note'));
			row.append(element('dt', layer.cardLabel), value);
			list.append(row);
		});
		const more = element('a', this.#data.moreLabel.replace('{name}', state.name));
		more.href = this.#svg.querySelector(`a[data-code="${code}"]`)?.getAttribute('href') ?? '';
		more.tabIndex = -1;
		// Touch has no pointer to move away, so the card offers its own close button (shown by CSS on touch screens).
		const close = element('button', '×', 'map-card-close');
		close.type = 'button';
		close.tabIndex = -1;
		close.dataset.close = '';
		close.setAttribute('aria-label', this.#data.closeLabel);
		const recent = state.recent ? [element('p', this.#data.recentLabel, 'map-card-recent')] : [];
		this.#card.replaceChildren(close, element('p', state.name, 'map-card-name'), ...recent, list, more);
	}

	/** Puts the card beside the state, never over it: right, left, below or above, wherever it fits in the map. */
	#place(targets: Element[]): void {
		if (matchMedia(NARROW).matches) {
			this.#card.style.translate = '';
			return;
		}
		const frame = this.#frame.getBoundingClientRect();
		const boxes = targets.map((target) => target.getBoundingClientRect());
		const [width, height] = [this.#card.offsetWidth, this.#card.offsetHeight];
		const a = {
			left: Math.min(...boxes.map((b) => b.left)) - frame.left,
			top: Math.min(...boxes.map((b) => b.top)) - frame.top,
			right: Math.max(...boxes.map((b) => b.right)) - frame.left,
			bottom: Math.max(...boxes.map((b) => b.bottom)) - frame.top,
		};
		const clampX = (x: number) => Math.max(0, Math.min(x, frame.width - width));
		const clampY = (y: number) => Math.max(0, Math.min(y, frame.height - height));
		const middleX = clampX((a.left + a.right - width) / 2);
		const middleY = clampY((a.top + a.bottom - height) / 2);
		const spots: Record<Side, { x: number; y: number; fits: boolean }> = {
			right: { x: a.right + GAP, y: middleY, fits: a.right + GAP + width <= frame.width },
			left: { x: a.left - GAP - width, y: middleY, fits: a.left - GAP - width >= 0 },
			below: { x: middleX, y: a.bottom + GAP, fits: a.bottom + GAP + height <= frame.height },
			above: { x: middleX, y: a.top - GAP - height, fits: a.top - GAP - height >= 0 },
		};
		// When nothing fits inside the map (a big state on a phone), the card hangs below the state.
		const side = (['right', 'left', 'below', 'above'] as const).find((s) => spots[s].fits) ?? 'below';
		this.#card.dataset.side = side;
		this.#card.style.translate = `${Math.round(spots[side].x)}px ${Math.round(spots[side].y)}px`;
	}
}

if (!customElements.get('choropleth-map')) customElements.define('choropleth-map', ChoroplethMapElement);
