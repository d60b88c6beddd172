import { getCollection } from 'astro:content';
import { STATE_CODES } from './us-states.ts';
import { toStateRecord, type StateRecord } from './state-record.ts';

/** All 51 state records, in alphabetical order of name. */
export async function getStates(): Promise<StateRecord[]> {
	const entries = await getCollection('states');
	return entries
		.map((entry) => toStateRecord(entry.data))
		.sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));
}
