import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/validation/problems.ts';
import { validateContent } from '../../src/validation/validate-content.ts';

const check = validateContent(fileURLToPath(new URL('../../content/', import.meta.url)));
const codesWith = (pick: (s: (typeof check.states)[number]) => string, status: string) =>
	check.states.filter((s) => pick(s) === status).map((s) => s.code);

describe('the real content in content/', () => {
	it('passes every data check', () => {
		expect(check.problems.map(formatProblem)).toEqual([]);
	});

	it('has all 50 states and DC', () => {
		expect(check.states).toHaveLength(51);
	});

	it('records the Nlets blocks the November 2025 letters list, and Oregon in progress', () => {
		expect(codesWith((s) => s.nlets.status, 'blocked').sort()).toEqual(['IL', 'MA', 'MN', 'NY', 'WA']);
		expect(codesWith((s) => s.nlets.status, 'in-progress')).toEqual(['OR']);
		expect(codesWith((s) => s.nlets.status, 'no-known-restriction')).toHaveLength(45);
	});

	it('records 19 states and DC licensing drivers regardless of status', () => {
		const yes = codesWith((s) => s.licensesForAll.status, 'yes');
		expect(yes).toHaveLength(20);
		expect(yes).toContain('DC');
	});

	it('agrees with itself: headline counts in content/figures.yaml match the state records', () => {
		const figure = (id: string) => check.figures.find((f) => f.id === id)?.value;
		expect(figure('nlets-blocked-states')).toBe(codesWith((s) => s.nlets.status, 'blocked').length);
		// The licensing figure counts states; the records also hold DC.
		expect(figure('licenses-for-all-states')).toBe(codesWith((s) => s.licensesForAll.status, 'yes').filter((c) => c !== 'DC').length);
	});

	it('holds the headline Nlets figures with their sources and period', () => {
		const figure = (id: string) => check.figures.find((f) => f.id === id);
		expect(figure('nlets-dmv-queries')).toMatchObject({ value: 290_000_000, approximation: 'over' });
		expect(figure('nlets-ice-queries')).toMatchObject({ value: 292_114, approximation: 'exact' });
		expect(figure('nlets-hsi-queries')).toMatchObject({ value: 605_116, approximation: 'exact' });
		expect(figure('nlets-agencies')).toMatchObject({ value: 18_000, approximation: 'about' });
		expect(figure('nlets-photo-states')).toMatchObject({ value: 41 });
		for (const id of ['nlets-dmv-queries', 'nlets-ice-queries', 'nlets-hsi-queries']) {
			expect(figure(id)?.period).toEqual({ start: '2024-10-01', end: '2025-09-30' });
			expect(figure(id)?.sources.length).toBeGreaterThan(0);
		}
	});
});
