/**
 * The embed's only script. It posts the page's height to the host page now, on every change and
 * whenever the host's loader asks, and draws a highlighted state's outline over its neighbours,
 * which otherwise cover part of the outline the CSS gives it. Everything else is CSS.
 */
import { HEIGHT_MESSAGE, PING_MESSAGE } from './embed-messages.ts';

function postHeight(): void {
	if (window.parent === window) return;
	const root = document.documentElement;
	const post = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: Math.ceil(root.getBoundingClientRect().height) }, '*');
	new ResizeObserver(post).observe(root);
	window.addEventListener('message', (event) => {
		if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === PING_MESSAGE) post();
	});
}

function outlineState(code: string): void {
	const shape = document.querySelector<SVGPathElement>(`.choropleth-svg path[data-code="${code}"]`);
	const outline = shape?.cloneNode() as SVGPathElement | undefined;
	if (!shape?.parentNode?.parentNode || !outline) return;
	outline.setAttribute('class', 'highlight');
	shape.parentNode.parentNode.append(outline);
}

postHeight();
const { state } = document.documentElement.dataset;
if (state) outlineState(state);
