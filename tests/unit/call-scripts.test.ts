import { describe, expect, it } from 'vitest';
import {
	buildCallScript,
	getScriptKind,
	getStatesWithStatus,
	groupReports,
	splitPlaceholders,
	type ScriptState,
} from '../../src/data/call-scripts.ts';
import { NLETS_STATUSES, type DataBrokerStatus, type DmvSharingStatus, type NletsStatus } from '../../src/data/levels.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

const SOURCE_IDS = { letters: 'letters', asks: 'asks' };
const LETTERS = { reportedBy: 'members of Congress', asOf: '2025-11-12' };

interface Options {
	dmv?: DmvSharingStatus;
	brokers?: DataBrokerStatus;
	report?: { reportedBy: string; asOf: string };
	cbp?: 'not-reported' | 'kept' | 'cut-off';
	head?: ScriptState['contacts']['licensing']['answersTo'];
}

function state(code: string, name: string, status: NletsStatus, options: Options = {}): ScriptState {
	const { dmv = 'no-known-restriction', brokers = 'buyers-certify', report = LETTERS, cbp = 'not-reported', head = 'governor' } = options;
	const claim = status !== 'no-known-restriction';
	return {
		code,
		name,
		nlets: {
			status,
			asOf: claim ? report.asOf : '2026-11-30',
			reportedBy: claim ? report.reportedBy : undefined,
			cbp,
			sources: claim ? [`${code.toLowerCase()}-nlets`] : [],
			laws: status === 'required-by-law' ? [{ name: 'HB 711', sources: [`${code.toLowerCase()}-law`] }] : [],
		},
		dmvSharing: {
			status: dmv,
			requires: dmv === 'court-order-required' ? 'a warrant, court order or court-issued subpoena' : undefined,
			sources: dmv === 'no-known-restriction' ? [] : [`${code.toLowerCase()}-dmv-law`],
		},
		dataBrokers: { status: brokers },
		contacts: { licensing: { answersTo: head } },
	};
}

const STATES = [
	state('IL', 'Illinois', 'blocked', { head: 'secretary-of-state' }),
	state('OR', 'Oregon', 'in-progress'),
	state('MD', 'Maryland', 'required-by-law'),
	state('TX', 'Texas', 'no-known-restriction', { brokers: 'no-known-restriction' }),
	state('WA', 'Washington', 'blocked', { report: { reportedBy: 'Washington state officials', asOf: '2026-01-08' }, cbp: 'kept' }),
	state('NY', 'New York', 'blocked'),
	state('CO', 'Colorado', 'no-known-restriction', { dmv: 'court-order-required' }),
	state('DC', 'District of Columbia', 'no-known-restriction', { head: 'mayor' }),
	state('MT', 'Montana', 'no-known-restriction', { head: 'attorney-general' }),
];
const byCode = (code: string, states = STATES) => states.find((s) => s.code === code) as ScriptState;
const scriptOf = (code: string, states = STATES) => buildCallScript(byCode(code, states), states, SOURCE_IDS, en);
const textOf = (code: string, states = STATES) => scriptOf(code, states).paragraphs.join('\n');

describe('getScriptKind', () => {
	it('thanks a blocked state, asks an in-progress one to finish, one with a law to carry it out, and the rest to act', () => {
		expect(getScriptKind('blocked')).toBe('thank');
		expect(getScriptKind('in-progress')).toBe('finish');
		expect(getScriptKind('required-by-law')).toBe('carry-out');
		expect(getScriptKind('no-known-restriction')).toBe('demand');
	});

	it('has a script for every Nlets status', () => {
		expect(new Set(NLETS_STATUSES.map(getScriptKind)).size).toBe(NLETS_STATUSES.length);
	});
});

describe('buildCallScript', () => {
	it('gives every script the caller’s placeholders and a closing thank-you, and never promises safety', () => {
		for (const s of STATES) {
			const text = textOf(s.code);
			const script = scriptOf(s.code);
			expect(script.paragraphs[0]).toContain('[NAME]');
			expect(script.paragraphs[0]).toContain('[CITY, ZIP]');
			expect(script.paragraphs.at(-1)).toBe('Thank you.');
			expect(text).not.toMatch(/\ballows?\b/i);
			expect(text).not.toMatch(/without fear|\bsafe\b/i);
		}
	});

	it('thanks a blocked state, saying who reported the block and when', () => {
		const script = scriptOf('NY');
		expect(script.kind).toBe('thank');
		expect(textOf('NY')).toContain(
			'thank the Governor for cutting off ICE’s access to New York driver’s license and vehicle records through the Nlets police network, as members of Congress reported in November 2025.',
		);
		expect(textOf('NY')).toContain('make sure it covers ICE’s investigations arm, HSI');
		expect(script.sources).toEqual(['ny-nlets']);
	});

	it('asks a blocked state whose block left CBP in to limit CBP too', () => {
		expect(textOf('WA')).toContain('as Washington state officials reported in January 2026');
		expect(textOf('WA')).toContain('Customs and Border Protection kept its access: please limit it too.');
		expect(textOf('NY')).not.toContain('Customs and Border Protection');
	});

	it('asks an in-progress state to confirm the block is finished and to publish the query figures', () => {
		const script = scriptOf('OR');
		expect(script.kind).toBe('finish');
		expect(textOf('OR')).toContain('thank the Governor for starting to cut off ICE’s access to Oregon');
		expect(textOf('OR')).toContain('Please confirm that the block is finished, and publish how many times ICE, including its investigations arm HSI');
		expect(script.sources).toEqual(['or-nlets', 'asks']);
	});

	it('asks a state whose law requires a block to carry it out, naming and citing the law', () => {
		const script = scriptOf('MD');
		expect(script.kind).toBe('carry-out');
		expect(textOf('MD')).toContain('I am calling about HB 711, which requires Maryland to keep immigration enforcement off its police network');
		expect(textOf('MD')).toContain('Please ask the Governor to make sure it is carried out on the Nlets network too');
		expect(script.sources).toEqual(['md-nlets', 'md-law', 'asks']);
	});

	it('asks a state with no known restriction to cut ICE off unless a judge signs a warrant', () => {
		expect(scriptOf('TX').kind).toBe('demand');
		expect(textOf('TX')).toContain('ask the Governor to cut off ICE’s access to Texas');
		expect(textOf('TX')).toContain('unless ICE has a warrant signed by a judge');
	});

	it('dates every state it names as having acted, grouped by who reported it and when, from the data', () => {
		expect(textOf('TX')).toContain(
			'In November 2025, members of Congress said that Illinois and New York had blocked ICE’s access through Nlets. In January 2026, Washington state officials said that Washington had blocked ICE’s access through Nlets. In November 2025, members of Congress said that Oregon was working on it. Texas should do the same.',
		);
		expect(scriptOf('TX').sources).toEqual(['letters', 'il-nlets', 'wa-nlets', 'ny-nlets', 'or-nlets']);

		const one = [state('IL', 'Illinois', 'blocked'), state('TX', 'Texas', 'no-known-restriction')];
		expect(textOf('TX', one)).toContain('said that Illinois had blocked ICE’s access through Nlets. Texas should do the same.');
		expect(textOf('TX', one)).not.toContain('working on it');
	});

	it('never calls a state blocked that is only in progress or required by law', () => {
		const blockedSentence = textOf('TX').split('\n').find((p) => p.includes('had blocked')) ?? '';
		expect(blockedSentence).not.toMatch(/Oregon had blocked|Maryland/);
	});

	it('claims no precedent when no state has acted', () => {
		const none = [state('TX', 'Texas', 'no-known-restriction'), state('OR', 'Oregon', 'in-progress')];
		const script = scriptOf('TX', none);
		expect(script.paragraphs.join(' ')).not.toMatch(/had blocked|working on it|do the same/);
		expect(script.sources).toEqual(['letters']);
	});

	it('says what court papers a state’s DMV law accepts, asks that it cover Nlets, and cites the law', () => {
		expect(textOf('CO')).toContain(
			'Colorado already requires a warrant, court order or court-issued subpoena before the DMV gives ICE data. Please make sure that rule also covers the Nlets network.',
		);
		expect(scriptOf('CO').sources).toContain('co-dmv-law');
		expect(textOf('TX')).not.toContain('already requires');
	});

	it('asks for a promise from buyers only where no broker limit is known', () => {
		expect(textOf('TX')).toContain('anyone who buys Texas driver records must promise not to pass them on for immigration enforcement');
		expect(textOf('CO')).not.toContain('anyone who buys');
	});

	it('addresses whoever runs driver licensing where the governor does not, and DC’s mayor', () => {
		expect(textOf('IL')).toContain('thank the Secretary of State for cutting off');
		expect(textOf('MT')).toContain('ask the Attorney General to cut off');
		expect(textOf('DC')).toContain('ask the Mayor to cut off ICE’s access to District of Columbia');
		expect(textOf('DC')).not.toContain('Governor');
	});
});

describe('script helpers', () => {
	it('getStatesWithStatus keeps the order it is given', () => {
		expect(getStatesWithStatus(STATES, 'blocked').map((s) => s.code)).toEqual(['IL', 'WA', 'NY']);
	});

	it('groupReports joins states reported by the same people in the same month, in the order met', () => {
		const groups = groupReports(getStatesWithStatus(STATES, 'blocked'), en);
		expect(groups.map((g) => [g.month, g.reportedBy, g.states.map((s) => s.code)])).toEqual([
			['November 2025', LETTERS.reportedBy, ['IL', 'NY']],
			['January 2026', 'Washington state officials', ['WA']],
		]);
	});

	it('joinNames lists names as a sentence does, in each language', () => {
		expect(en.joinNames(['Oregon'])).toBe('Oregon');
		expect(en.joinNames(['Illinois', 'Oregon'])).toBe('Illinois and Oregon');
		expect(en.joinNames(['A', 'B', 'C'])).toBe('A, B, and C');
		expect(useTranslations('es').joinNames(['A', 'B', 'C'])).toBe('A, B y C');
	});

	it('splitPlaceholders marks [NAME] and [CITY, ZIP] and keeps every character', () => {
		const text = 'Hello, my name is [NAME], and I live in [CITY, ZIP].';
		const parts = splitPlaceholders(text);
		expect(parts.filter((p) => p.placeholder).map((p) => p.text)).toEqual(['[NAME]', '[CITY, ZIP]']);
		expect(parts.map((p) => p.text).join('')).toBe(text);
		expect(splitPlaceholders('[OTHER]')).toEqual([{ text: '[OTHER]', placeholder: false }]);
	});
});
