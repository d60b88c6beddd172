import { describe, expect, it } from 'vitest';
import { eventAnchors, isRecent, listChanges, RECENT_DAYS, recentlyChanged, type ChangeState } from '../../src/data/changes.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

// A fixed "today": nothing here depends on the day the tests run.
const TODAY = '2026-11-30';

const none = (asOf: string) => ({ status: 'no-known-restriction', asOf, summary: 'None found.', sources: [] });

const OREGON: ChangeState = {
	code: 'OR',
	name: 'Oregon',
	slug: 'or',
	timeline: [
		{ date: '2025-11-12', event: 'Letters said Oregon was blocking ICE.', sources: ['letters'] },
		{ date: '2026-06-05', event: 'SB 1587 took effect.', sources: ['sb1587'] },
		{ date: '2026-06-05', event: 'A second event that day.', sources: ['news'] },
	],
	// Told by the event of the same day, so no entry of its own.
	nlets: { status: 'in-progress', asOf: '2025-11-12', summary: 'In progress.', sources: ['letters'] },
	dmvSharing: { status: 'court-order-required', asOf: '2025-10-20', summary: 'A court order is required.', sources: ['ors'] },
	dataBrokers: none(TODAY),
};

const TEXAS: ChangeState = {
	code: 'TX',
	name: 'Texas',
	slug: 'tx',
	timeline: [{ date: '2026-06-05', event: 'Something happened in Texas.', sources: ['tx'] }],
	nlets: none('2026-11-01'),
	dmvSharing: none('2026-11-01'),
	dataBrokers: none('2026-11-01'),
};

describe('eventAnchors', () => {
	it('names each event by its date, numbering further events of the same day', () => {
		expect(eventAnchors(OREGON.timeline)).toEqual(['event-2025-11-12', 'event-2026-06-05', 'event-2026-06-05-2']);
	});
});

describe('listChanges', () => {
	const changes = listChanges([OREGON, TEXAS], en);

	it('lists every timeline event, each linked to its own anchor on its state page', () => {
		const events = changes.filter((c) => c.kind === 'event');
		expect(events).toHaveLength(OREGON.timeline.length + TEXAS.timeline.length);
		expect(events.map((c) => c.path)).toContain('/states/or/#event-2026-06-05-2');
		expect(events.find((c) => c.path === '/states/tx/#event-2026-06-05')).toMatchObject({ state: 'Texas', text: 'Something happened in Texas.', sources: ['tx'] });
	});

	it('adds a status that claims a limit, dated by its asOf, unless an event of that day tells it; never a status that claims none', () => {
		const statuses = changes.filter((c) => c.kind === 'status');
		expect(statuses).toEqual([
			{
				id: 'or-dmvSharing-2025-10-20',
				code: 'OR',
				state: 'Oregon',
				date: '2025-10-20',
				kind: 'status',
				headline: '1. Direct sharing: Court order required',
				text: 'A court order is required.',
				path: '/states/or/#way-dmvSharing',
				sources: ['ors'],
			},
		]);
	});

	it('puts the newest first and, on the same day, keeps the order of the states and of each record', () => {
		expect(changes.map((c) => c.date)).toEqual(['2026-06-05', '2026-06-05', '2026-06-05', '2025-11-12', '2025-10-20']);
		expect(changes.slice(0, 3).map((c) => c.id)).toEqual(['or-event-2026-06-05', 'or-event-2026-06-05-2', 'tx-event-2026-06-05']);
	});

	it('gives every change a different id', () => {
		expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
	});
});

describe('isRecent and recentlyChanged', () => {
	it(`counts a change as recent from its day through ${RECENT_DAYS} days after it`, () => {
		expect(isRecent(TODAY, TODAY)).toBe(true);
		expect(isRecent('2026-09-01', TODAY)).toBe(true);
		expect(isRecent('2026-08-31', TODAY)).toBe(false);
		// A date after "today" (a machine whose clock is behind) is not recent yet.
		expect(isRecent('2026-12-01', TODAY)).toBe(false);
	});

	it('marks the states with a recent change, by the "today" it is given', () => {
		const changes = listChanges([OREGON, TEXAS], en);
		expect(recentlyChanged(changes, TODAY)).toEqual(new Set());
		expect(recentlyChanged(changes, '2026-07-01')).toEqual(new Set(['OR', 'TX']));
		expect(recentlyChanged(changes, '2025-12-01')).toEqual(new Set(['OR']));
	});
});
