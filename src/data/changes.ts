/**
 * The changes the feeds, the /changes/ page and the "changed recently" marks list, worked out from
 * the state records: every dated timeline event, and every status that claims a limit, dated by
 * its asOf, unless an event of the same state on the same day already tells it. Pure: "today" is
 * passed in, never read from the clock, so no test depends on the date it runs.
 */
import type { Translator } from '../i18n/index.ts';
import { getLevel, levelText, WAYS, type Way } from './levels.ts';
import { daysBetween } from './review-age.ts';
import { statePath } from './routes.ts';
import { getWayIdentity, numberedName } from './ways.ts';

/** A change counts as recent for this many days after its date. */
export const RECENT_DAYS = 90;

/** The parts of a state record the changes read. */
export interface ChangeState {
	readonly code: string;
	readonly name: string;
	readonly slug: string;
	readonly timeline: readonly { readonly date: string; readonly event: string; readonly sources: readonly string[] }[];
	readonly nlets: WayRecord;
	readonly dmvSharing: WayRecord;
	readonly dataBrokers: WayRecord;
}

interface WayRecord {
	readonly status: string;
	readonly asOf: string;
	readonly summary: string;
	readonly sources: readonly string[];
}

/** One change to one state's record. */
export interface Change {
	/** Unique and stable across builds, e.g. "or-event-2025-11-12" or "or-nlets-2025-11-12". */
	readonly id: string;
	readonly code: string;
	readonly state: string;
	/** YYYY-MM-DD. */
	readonly date: string;
	/** A timeline event, or a status as of its date. */
	readonly kind: 'event' | 'status';
	/** What changed, in one line, e.g. "3. Police networks: Block reported in progress". */
	readonly headline: string;
	/** The record's own words for it: the event, or the way's summary. */
	readonly text: string;
	/** Where the state page tells it, e.g. "/states/or/#event-2025-11-12". */
	readonly path: string;
	readonly sources: readonly string[];
}

/** The ways whose statuses count as changes: the three ways, not the licensing context. */
const STATUS_WAYS = WAYS.filter((way): way is Exclude<Way, 'licensesForAll'> => way !== 'licensesForAll');

/**
 * The anchor of each timeline event on its state page, in the timeline's order: "event-<date>",
 * with "-2", "-3" for further events on the same day.
 */
export function eventAnchors(timeline: readonly { readonly date: string }[]): string[] {
	const seen = new Map<string, number>();
	return timeline.map(({ date }) => {
		const count = (seen.get(date) ?? 0) + 1;
		seen.set(date, count);
		return count === 1 ? `event-${date}` : `event-${date}-${count}`;
	});
}

/** Every change in the records, newest first; on the same day, in the order of the states, then of the record. */
export function listChanges(states: readonly ChangeState[], tr: Translator): Change[] {
	const changes = states.flatMap((state, order) => {
		const anchors = eventAnchors(state.timeline);
		const events: Change[] = state.timeline.map((event, i) => ({
			id: `${state.slug}-${anchors[i]}`,
			code: state.code,
			state: state.name,
			date: event.date,
			kind: 'event',
			headline: event.event,
			text: event.event,
			path: tr.path(statePath(state.slug, anchors[i])),
			sources: event.sources,
		}));
		const eventDays = new Set(state.timeline.map((event) => event.date));
		const statuses: Change[] = STATUS_WAYS.filter((way) => getLevel(way, state[way].status).needsSource && !eventDays.has(state[way].asOf)).map(
			(way) => ({
				id: `${state.slug}-${way}-${state[way].asOf}`,
				code: state.code,
				state: state.name,
				date: state[way].asOf,
				kind: 'status',
				headline: `${numberedName(getWayIdentity(way), tr)}: ${levelText(tr, way, state[way].status).label}`,
				text: state[way].summary,
				path: tr.path(statePath(state.slug, `way-${way}`)),
				sources: state[way].sources,
			}),
		);
		return [...events, ...statuses].map((change) => ({ change, order }));
	});
	return changes
		.sort((a, b) => (a.change.date === b.change.date ? a.order - b.order : a.change.date < b.change.date ? 1 : -1))
		.map(({ change }) => change);
}

/** True when a date falls in the RECENT_DAYS before today, today included. */
export function isRecent(date: string, today: string): boolean {
	const age = daysBetween(date, today);
	return age >= 0 && age <= RECENT_DAYS;
}

/** The codes of the states with a change in the last RECENT_DAYS, from listChanges' output. */
export function recentlyChanged(changes: readonly Change[], today: string): Set<string> {
	return new Set(changes.filter((change) => isRecent(change.date, today)).map((change) => change.code));
}
