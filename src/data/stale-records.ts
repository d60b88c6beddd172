/**
 * The records due for review: those not reviewed in STALE_AFTER_DAYS days, oldest first, as the
 * Markdown body of the issue the monthly workflow keeps open. Pure: given "today", never the clock.
 */
import { daysBetween, STALE_AFTER_DAYS } from './review-age.ts';

export interface ReviewedRecord {
	readonly code: string;
	readonly lastReviewed: string;
}

/** The stale records, oldest review first, then by code. */
export function listStaleRecords(records: readonly ReviewedRecord[], today: string): ReviewedRecord[] {
	return records
		.filter((record) => daysBetween(record.lastReviewed, today) > STALE_AFTER_DAYS)
		.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.code.localeCompare(b.code));
}

/** The body: one line per stale record, with its file and how many days since its review. */
export function formatStaleRecords(stale: readonly ReviewedRecord[], today: string): string {
	if (stale.length === 0) return `No record is more than ${STALE_AFTER_DAYS} days past its review (checked ${today}).\n`;
	const lines = stale.map(
		(r) => `- ${r.code}: content/states/${r.code.toLowerCase()}.yaml, last reviewed ${r.lastReviewed} (${daysBetween(r.lastReviewed, today)} days ago)`,
	);
	return [
		`These records were last reviewed more than ${STALE_AFTER_DAYS} days before ${today}.`,
		'Review each as CONTRIBUTING.md\'s "How we research a state" says, log it in content/research/, then set lastReviewed.',
		'',
		...lines,
		'',
	].join('\n');
}
