/**
 * npm run stale-records: prints, as Markdown, the state records not reviewed in 180 days. The
 * monthly workflow (.github/workflows/stale-records.yml) puts the output in an issue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatStaleRecords, listStaleRecords, type ReviewedRecord } from '../src/data/stale-records.ts';

const dir = join(import.meta.dirname, '../content/states');
const records: ReviewedRecord[] = readdirSync(dir)
	.filter((file) => file.endsWith('.yaml'))
	.map((file) => {
		const { code, lastReviewed } = parse(readFileSync(join(dir, file), 'utf8')) as { code: string; lastReviewed: string };
		return { code, lastReviewed: String(lastReviewed) };
	});
const today = new Date().toISOString().slice(0, 10);
process.stdout.write(formatStaleRecords(listStaleRecords(records, today), today));
