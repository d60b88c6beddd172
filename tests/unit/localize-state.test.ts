import { describe, expect, it } from 'vitest';
import { localizeState, translationLags } from '../../src/data/localize-state.ts';
import { toStateRecord } from '../../src/data/state-record.ts';
import { StateTranslationSchema } from '../../src/schemas/state-translation.ts';
import { StateSchema } from '../../src/schemas/state.ts';

const record = toStateRecord(
	StateSchema.parse({
		code: 'OR',
		nlets: { status: 'in-progress', asOf: '2025-11-12', reportedBy: 'members of Congress', summary: 'Oregon was reported to be blocking ICE.', sources: ['letters'] },
		dmvSharing: {
			status: 'court-order-required',
			asOf: '2026-01-09',
			requires: 'a judicial subpoena or a court order',
			summary: 'A law bars sharing for immigration enforcement.',
			sources: ['law'],
			laws: [
				{ name: 'ORS 180.805', year: 2017, sources: ['law'] },
				{ name: 'Sanctuary Promise Act (HB 3265)', year: 2021, effective: '2021-07-19', sources: ['law'] },
			],
		},
		dataBrokers: { status: 'no-known-restriction', asOf: '2026-11-30', summary: 'No rule found on resale to brokers.', sources: [] },
		licensesForAll: { status: 'yes', since: 2019, sources: ['ncsl'] },
		timeline: [
			{ date: '2021-07-19', event: 'The Sanctuary Promise Act took effect.', sources: ['law'] },
			{ date: '2025-11-12', event: 'Congressional letters said Oregon was blocking ICE.', sources: ['letters'] },
		],
		lastReviewed: '2026-11-30',
		contacts: { licensing: { office: 'Oregon DMV', answersTo: 'governor', url: 'https://www.oregon.gov/odot/dmv/', checked: '2026-11-30' } },
	}),
);

const translation = StateTranslationSchema.parse({
	code: 'OR',
	name: 'Oregón',
	basedOn: '2026-11-30',
	dmvSharing: {
		summary: 'Una ley prohíbe compartir datos para el control migratorio.',
		requires: 'una citación judicial o una orden de un tribunal',
		laws: [
			{ year: 2017, name: 'ORS 180.805' },
			{ year: 2021, name: 'Ley de la Promesa Santuario (Sanctuary Promise Act, HB 3265)' },
		],
	},
	dataBrokers: { summary: 'No encontramos ninguna norma sobre la reventa.' },
	nlets: { reportedBy: 'miembros del Congreso', summary: 'Se reportó que Oregón estaba bloqueando a ICE.' },
	timeline: [
		{ date: '2021-07-19', event: 'Entró en vigor la Ley de la Promesa Santuario.' },
		{ date: '2025-11-12', event: 'Cartas del Congreso dijeron que Oregón estaba bloqueando a ICE.' },
	],
});

describe('localizeState', () => {
	it('replaces every text field with the translation’s, laws and events by place', () => {
		const spanish = localizeState(record, translation);
		expect(spanish.name).toBe('Oregón');
		expect(spanish.dmvSharing.summary).toBe(translation.dmvSharing.summary);
		expect(spanish.dmvSharing.requires).toBe('una citación judicial o una orden de un tribunal');
		expect(spanish.dmvSharing.laws.map((law) => law.name)).toEqual(['ORS 180.805', 'Ley de la Promesa Santuario (Sanctuary Promise Act, HB 3265)']);
		expect(spanish.dataBrokers.summary).toBe(translation.dataBrokers.summary);
		expect(spanish.nlets.summary).toBe(translation.nlets.summary);
		expect(spanish.nlets.reportedBy).toBe('miembros del Congreso');
		expect(spanish.timeline.map((event) => event.event)).toEqual(translation.timeline.map((event) => event.event));
	});

	it('leaves statuses, dates, sources, contacts and every other field as they are', () => {
		const spanish = localizeState(record, translation);
		const words = (state: typeof record) => ({
			...state,
			name: '',
			dmvSharing: { ...state.dmvSharing, summary: '', requires: '', laws: state.dmvSharing.laws.map((law) => ({ ...law, name: '' })) },
			dataBrokers: { ...state.dataBrokers, summary: '' },
			nlets: { ...state.nlets, summary: '', reportedBy: '' },
			timeline: state.timeline.map((event) => ({ ...event, event: '' })),
		});
		expect(words(spanish)).toEqual(words(record));
		expect(record.name).toBe('Oregon');
	});

	it('adds no name to a record without one, and no requires or reportedBy the English lacks', () => {
		const { name: _, fips: __, slug: ___, ...plain } = record;
		const bare = { ...plain, dmvSharing: { ...plain.dmvSharing, requires: undefined }, nlets: { ...plain.nlets, reportedBy: undefined } };
		const spanish = localizeState(bare, translation);
		expect('name' in spanish).toBe(false);
		expect(spanish.dmvSharing.requires).toBeUndefined();
		expect(spanish.nlets.reportedBy).toBeUndefined();
	});
});

describe('translationLags', () => {
	it('is true only when the English record was reviewed after the translation’s basedOn', () => {
		expect(translationLags(record, { basedOn: '2026-11-29' })).toBe(true);
		expect(translationLags(record, { basedOn: '2026-11-30' })).toBe(false);
	});
});
