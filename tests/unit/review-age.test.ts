import { describe, expect, it } from 'vitest';
import { daysBetween, formatReviewAge, isStale, STALE_AFTER_DAYS } from '../../src/data/review-age.ts';
import { formatStaleRecords, listStaleRecords } from '../../src/data/stale-records.ts';

// A fixed "today": nothing here depends on the day the tests run.
const TODAY = '2026-11-30';

describe('formatReviewAge', () => {
	it('says how long ago a review was, in words a reader notices', () => {
		expect(formatReviewAge('2026-11-30', TODAY, 'en-US')).toBe('today');
		expect(formatReviewAge('2026-11-29', TODAY, 'en-US')).toBe('yesterday');
		expect(formatReviewAge('2026-11-25', TODAY, 'en-US')).toBe('5 days ago');
		expect(formatReviewAge('2026-11-02', TODAY, 'en-US')).toBe('4 weeks ago');
		expect(formatReviewAge('2026-08-30', TODAY, 'en-US')).toBe('3 months ago');
		expect(formatReviewAge('2024-11-01', TODAY, 'en-US')).toBe('2 years ago');
	});

	it('never speaks of the future, even if the build machine’s clock is behind', () => {
		expect(formatReviewAge('2026-12-01', TODAY, 'en-US')).toBe('today');
	});
});

describe('isStale and the monthly list', () => {
	const old = '2026-05-01';
	const fresh = '2026-11-21';

	it('flags a record reviewed more than the limit ago', () => {
		expect(daysBetween(old, TODAY)).toBeGreaterThan(STALE_AFTER_DAYS);
		expect(isStale(old, TODAY)).toBe(true);
		expect(isStale(fresh, TODAY)).toBe(false);
	});

	it('lists the stale records, oldest first, with their files and ages', () => {
		const records = [
			{ code: 'OR', lastReviewed: fresh },
			{ code: 'TX', lastReviewed: old },
			{ code: 'AL', lastReviewed: '2026-01-15' },
		];
		const stale = listStaleRecords(records, TODAY);
		expect(stale.map((r) => r.code)).toEqual(['AL', 'TX']);
		const body = formatStaleRecords(stale, TODAY);
		expect(body).toContain('- AL: content/states/al.yaml, last reviewed 2026-01-15 (319 days ago)');
		expect(body).toContain('- TX: content/states/tx.yaml');
		expect(body).not.toContain('OR:');
	});

	it('says so when nothing is stale', () => {
		expect(formatStaleRecords([], TODAY)).toMatch(/^No record is more than 180 days past its review/);
	});
});
