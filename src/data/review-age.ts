/**
 * How long ago a record was reviewed, in words a reader notices ("3 months ago"), worked out at
 * build time against the build's date. Pure, and given "today" rather than reading the clock, so
 * no test depends on the date it runs.
 */

/** Records not reviewed for this many days are flagged on their page and listed by the monthly check. */
export const STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago". */
export function formatReviewAge(lastReviewed: string, today: string, locale: string): string {
	const days = Math.max(0, daysBetween(lastReviewed, today));
	const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
	if (days < 14) return words.format(-days, 'day');
	if (days < 60) return words.format(-Math.round(days / 7), 'week');
	if (days < 730) return words.format(-Math.round(days / 30.44), 'month');
	return words.format(-Math.round(days / 365.25), 'year');
}

/** True when a record was last reviewed longer ago than STALE_AFTER_DAYS. */
export function isStale(lastReviewed: string, today: string): boolean {
	return daysBetween(lastReviewed, today) > STALE_AFTER_DAYS;
}
