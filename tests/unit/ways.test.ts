import { describe, expect, it } from 'vitest';
import { MAP_LAYERS, WAYS } from '../../src/data/levels.ts';
import { describeAgencies, statusDateNote } from '../../src/data/status-notes.ts';
import { getWayIdentity, getWayInfo, numberedName, WAY_FIELDS, WAY_IDENTITIES, WAY_INFO, wayName } from '../../src/data/ways.ts';
import { EXPLAINER_WAYS } from '../../src/schemas/explainer.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const en = useTranslations('en');

describe('the ways’ identities', () => {
	it('number the three ways 1 direct sharing, 2 data brokers, 3 police networks, in that order everywhere', () => {
		expect(WAY_INFO.map((w) => [w.number, w.field, w.slug, wayName(w, en)])).toEqual([
			[1, 'dmvSharing', 'dmv-sharing', 'Direct sharing'],
			[2, 'dataBrokers', 'data-brokers', 'Data brokers'],
			[3, 'nlets', 'police-networks', 'Police networks'],
		]);
		expect([...WAY_FIELDS]).toEqual(WAY_INFO.map((w) => w.field));
		expect(WAYS.slice(0, 3)).toEqual([...WAY_FIELDS]);
		expect([...MAP_LAYERS]).toEqual([...WAYS]);
		expect([...EXPLAINER_WAYS]).toEqual(WAY_INFO.map((w) => w.slug));
	});

	it('keep licenses for all as context: named, with a hue, but no number and no explainer', () => {
		const context = getWayIdentity('licensesForAll');
		expect([context.number, context.slug]).toEqual([null, null]);
		expect(numberedName(context, en)).toBe('Licenses for all');
		expect(numberedName(getWayInfo('police-networks'), en)).toBe('3. Police networks');
		expect(numberedName(getWayInfo('police-networks'), useTranslations('es'))).toMatch(/^3\. \S/);
	});

	it('give every way a hue for each theme and an icon', () => {
		for (const way of WAY_IDENTITIES) {
			expect(way.hue.light).toMatch(/^#[0-9a-f]{6}$/);
			expect(way.hue.dark).toMatch(/^#[0-9a-f]{6}$/);
			expect(way.icon).toMatch(/^M[\d. MLHVAZhvlamz-]+$/);
		}
		expect(new Set(WAY_IDENTITIES.map((w) => w.hue.light)).size).toBe(WAY_IDENTITIES.length);
	});
});

describe('status notes', () => {
	it('says who reported a block and when, and never gives a law’s date as a status date', () => {
		expect(statusDateNote('nlets', { status: 'blocked', asOf: '2025-11-12', reportedBy: 'members of Congress' }, en)).toBe(
			'Reported by members of Congress, November 12, 2025',
		);
		expect(statusDateNote('nlets', { status: 'required-by-law', asOf: '2026-06-20', reportedBy: 'the General Assembly' }, en)).toBe(
			'Law in force; no report of it carried out as of June 20, 2026',
		);
		expect(statusDateNote('dmvSharing', { status: 'court-order-required', asOf: '2026-11-30' }, en)).toBe('Status as of November 30, 2026');
		expect(statusDateNote('dataBrokers', { status: 'no-known-restriction', asOf: '2026-11-30' }, en)).toBe('None found as of November 30, 2026');
	});

	it('says HSI and CBP may keep access unless a source says otherwise, and that the other ways stay open', () => {
		const unknown = describeAgencies({ hsi: 'not-reported', cbp: 'not-reported' }, en);
		expect(unknown).toContain('No source says whether HSI, ICE’s investigations arm, or Customs and Border Protection (CBP) lost access; they may keep it.');
		expect(unknown).toContain('the other two ways open');
		const washington = describeAgencies({ hsi: 'not-reported', cbp: 'kept' }, en);
		expect(washington).toContain('Sources say Customs and Border Protection (CBP) kept its access.');
		expect(washington).toContain('No source says whether HSI, ICE’s investigations arm, lost its access; it may keep it.');
		expect(describeAgencies({ hsi: 'cut-off', cbp: 'cut-off' }, en)).not.toContain('may keep');
	});
});
