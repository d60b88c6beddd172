import type { GeoContext } from 'd3';

type Point = readonly [number, number];

/**
 * A d3-geo path context that writes compact SVG path data: one decimal place, relative commands,
 * h/v shortcuts and no separators where the grammar needs none. Relative commands are what keep
 * the inline map inside its byte budget (shared/research/performance.md §1.2: about 40 % smaller
 * gzipped than geoPath().digits(1)'s absolute output, at the same precision).
 *
 * Positions are rounded to tenths first and each step taken between rounded positions, so
 * rounding never accumulates along a ring. A ring that rounds to fewer than three distinct
 * corners (a speck of an island) has no area to draw and is left out.
 */
export class RelativePathContext implements GeoContext {
	#data = '';
	/** The ring being drawn, in integer tenths, written out when it closes. */
	#ring: Point[] = [];
	/** The current point after the rings written so far, in tenths. */
	#current: Point = [0, 0];
	/** The last command letter and number written, to decide what the next needs before it. */
	#lastCommand = '';
	#lastNumber = '';

	/** Part of the canvas-like interface geoPath expects; each ring starts with moveTo anyway. */
	beginPath(): void {}

	moveTo(x: number, y: number): void {
		this.#write(false);
		this.#ring = [[toTenths(x), toTenths(y)]];
	}

	lineTo(x: number, y: number): void {
		const point: Point = [toTenths(x), toTenths(y)];
		const last = this.#ring.at(-1);
		if (!last || last[0] !== point[0] || last[1] !== point[1]) this.#ring.push(point);
	}

	closePath(): void {
		this.#write(true);
	}

	arc(): void {
		throw new Error('RelativePathContext draws polygons only; give geoPath polygons, not points');
	}

	/** The path data written so far. */
	result(): string {
		this.#write(false);
		return this.#data;
	}

	#write(closed: boolean): void {
		const ring = this.#ring;
		this.#ring = [];
		const [start] = ring;
		while (closed && ring.length > 1 && samePoint(ring.at(-1), start)) ring.pop();
		if (!start || ring.length < (closed ? 3 : 2)) return;

		if (this.#data === '') this.#command('M', start);
		else this.#command('m', [start[0] - this.#current[0], start[1] - this.#current[1]]);
		// Pairs after a relative m continue as relative line-tos; after an absolute M they would be absolute.
		let implicitLine = this.#lastCommand === 'm';
		for (let i = 1; i < ring.length; i++) {
			const [previous, point] = [ring[i - 1] as Point, ring[i] as Point];
			const [dx, dy] = [point[0] - previous[0], point[1] - previous[1]];
			if (dy === 0) {
				this.#command('h', [dx]);
				implicitLine = false;
			} else if (dx === 0) {
				this.#command('v', [dy]);
				implicitLine = false;
			} else if (implicitLine) {
				this.#numbers([dx, dy]);
			} else {
				this.#command('l', [dx, dy]);
				implicitLine = true;
			}
		}
		if (closed) {
			this.#data += 'z';
			this.#lastNumber = '';
			this.#current = start;
		} else {
			this.#current = ring.at(-1) as Point;
		}
	}

	#command(letter: string, tenths: readonly number[]): void {
		this.#data += letter;
		this.#lastCommand = letter;
		this.#lastNumber = '';
		this.#numbers(tenths);
	}

	#numbers(tenths: readonly number[]): void {
		for (const value of tenths) {
			const text = formatTenths(value);
			const needsSpace =
				this.#lastNumber !== '' && !text.startsWith('-') && !(text.startsWith('.') && this.#lastNumber.includes('.'));
			this.#data += (needsSpace ? ' ' : '') + text;
			this.#lastNumber = text;
		}
	}
}

function toTenths(value: number): number {
	return Math.round(value * 10);
}

function samePoint(a: Point | undefined, b: Point | undefined): boolean {
	return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Writes a count of tenths as the shortest decimal: 5 → ".5", -15 → "-1.5", 20 → "2". */
export function formatTenths(tenths: number): string {
	const sign = tenths < 0 ? '-' : '';
	const whole = Math.floor(Math.abs(tenths) / 10);
	const tenth = Math.abs(tenths) % 10;
	if (tenth === 0) return `${sign}${whole}`;
	return `${sign}${whole === 0 ? '' : whole}.${tenth}`;
}
