import { describe, expect, it } from 'vitest';
import {
	buildCallScript,
	getScriptKind,
	getStatesWithStatus,
	joinNames,
	splitPlaceholders,
	type ScriptState,
} from '../../src/data/call-scripts.ts';
import { NLETS_STATUSES, type DmvSharingStatus, type NletsStatus } from '../../src/data/levels.ts';

const SOURCE_IDS = { letters: 'letters', asks: 'asks' };

function state(code: string, name: string, status: NletsStatus, dmv: DmvSharingStatus = 'none-found'): ScriptState {
	return {
		code,
		name,
		nlets: { status, sources: status === 'no-known-restriction' ? [] : [`${code.toLowerCase()}-nlets`] },
		dmvSharing: { status: dmv, sources: dmv === 'none-found' ? [] : [`${code.toLowerCase()}-law`] },
	};
}

const STATES = [
	state('IL', 'Illinois', 'blocked'),
	state('OR', 'Oregon', 'in-progress'),
	state('TX', 'Texas', 'no-known-restriction'),
	state('WA', 'Washington', 'blocked'),
	state('CO', 'Colorado', 'no-known-restriction', 'court-order-required'),
	state('DC', 'District of Columbia', 'no-known-restriction'),
];
const byCode = (code: string) => STATES.find((s) => s.code === code) as ScriptState;
const textOf = (code: string, states = STATES) => buildCallScript(byCode(code), states, SOURCE_IDS).paragraphs.join('\n');

describe('getScriptKind', () => {
	it('thanks a blocked state, asks an in-progress one to finish, and asks the rest to act', () => {
		expect(getScriptKind('blocked')).toBe('thank');
		expect(getScriptKind('in-progress')).toBe('finish');
		expect(getScriptKind('no-known-restriction')).toBe('demand');
	});

	it('has a script for every Nlets status', () => {
		expect(new Set(NLETS_STATUSES.map(getScriptKind)).size).toBe(NLETS_STATUSES.length);
	});
});

describe('buildCallScript', () => {
	it('gives every script the caller’s placeholders and a closing thank-you', () => {
		for (const s of STATES) {
			const script = buildCallScript(s, STATES, SOURCE_IDS);
			expect(script.paragraphs[0]).toContain('[NAME]');
			expect(script.paragraphs[0]).toContain('[CITY, ZIP]');
			expect(script.paragraphs.at(-1)).toBe('Thank you.');
			expect(script.paragraphs.join(' ')).not.toMatch(/\ballows?\b/i);
		}
	});

	it('thanks the governor of a blocked state and asks them to press other states', () => {
		const script = buildCallScript(byCode('IL'), STATES, SOURCE_IDS);
		expect(script.kind).toBe('thank');
		expect(textOf('IL')).toContain('thank the Governor for cutting off ICE’s access to Illinois');
		expect(textOf('IL')).toContain('press the leaders of other states to follow Illinois’s lead');
		expect(script.sources).toEqual(['il-nlets']);
	});

	it('thanks an in-progress state, asks it to finish and to publish the query figures, and cites the letters’ asks', () => {
		const script = buildCallScript(byCode('OR'), STATES, SOURCE_IDS);
		expect(script.kind).toBe('finish');
		expect(textOf('OR')).toContain('thank the Governor for starting to cut off ICE’s access to Oregon');
		expect(textOf('OR')).toContain('Please finish the block, and publish how many times ICE, including its investigations arm HSI');
		expect(script.sources).toEqual(['or-nlets', 'letters', 'asks']);
	});

	it('asks a state with no known restriction to cut ICE off unless a judge signs a warrant', () => {
		const script = buildCallScript(byCode('TX'), STATES, SOURCE_IDS);
		expect(script.kind).toBe('demand');
		expect(textOf('TX')).toContain('ask the Governor to cut off ICE’s access to Texas');
		expect(textOf('TX')).toContain('unless ICE has a warrant signed by a judge');
	});

	it('names the states that acted, taken from the data', () => {
		expect(textOf('TX')).toContain('Illinois and Washington have already blocked ICE’s access through Nlets. Oregon is working on it.');
		expect(buildCallScript(byCode('TX'), STATES, SOURCE_IDS).sources).toEqual(['letters', 'il-nlets', 'wa-nlets', 'or-nlets']);

		const changed = STATES.map((s) => (s.code === 'CO' ? state('CO', 'Colorado', 'blocked') : s));
		expect(textOf('TX', changed)).toContain('Illinois, Washington, and Colorado have already blocked');
		expect(textOf('TX', changed)).not.toContain('Washington have already blocked ICE’s access through Nlets. Colorado');

		const one = [state('IL', 'Illinois', 'blocked'), state('TX', 'Texas', 'no-known-restriction')];
		expect(textOf('TX', one)).toContain('Illinois has already blocked ICE’s access through Nlets. Texas should do the same.');
		expect(textOf('TX', one)).not.toContain('working on it');
	});

	it('claims no precedent when no state has acted', () => {
		const none = [state('TX', 'Texas', 'no-known-restriction'), state('OR', 'Oregon', 'in-progress')];
		const script = buildCallScript(byCode('TX'), none, SOURCE_IDS);
		expect(script.paragraphs.join(' ')).not.toMatch(/already blocked|working on it|do the same/);
		expect(script.sources).toEqual(['letters']);
	});

	it('asks a state whose law already demands a judge’s order to make it cover Nlets, citing the law', () => {
		expect(textOf('CO')).toContain('Colorado already requires a judge’s order before the DMV gives ICE data.');
		expect(buildCallScript(byCode('CO'), STATES, SOURCE_IDS).sources).toContain('co-law');
		expect(textOf('TX')).not.toContain('already requires');
	});

	it('asks DC’s mayor, not a governor', () => {
		expect(textOf('DC')).toContain('ask the Mayor to cut off ICE’s access to District of Columbia');
		expect(textOf('DC')).not.toContain('Governor');
	});
});

describe('script helpers', () => {
	it('getStatesWithStatus keeps the order it is given', () => {
		expect(getStatesWithStatus(STATES, 'blocked').map((s) => s.code)).toEqual(['IL', 'WA']);
	});

	it('joinNames lists names as a sentence does', () => {
		expect(joinNames(['Oregon'])).toBe('Oregon');
		expect(joinNames(['Illinois', 'Oregon'])).toBe('Illinois and Oregon');
		expect(joinNames(['A', 'B', 'C'])).toBe('A, B, and C');
	});

	it('splitPlaceholders marks [NAME] and [CITY, ZIP] and keeps every character', () => {
		const text = 'Hello, my name is [NAME], and I live in [CITY, ZIP].';
		const parts = splitPlaceholders(text);
		expect(parts.filter((p) => p.placeholder).map((p) => p.text)).toEqual(['[NAME]', '[CITY, ZIP]']);
		expect(parts.map((p) => p.text).join('')).toBe(text);
		expect(splitPlaceholders('[OTHER]')).toEqual([{ text: '[OTHER]', placeholder: false }]);
	});
});
