import { afterEach, describe, expect, it } from 'vitest';
import { formatOutdatedTranslation } from '../../src/validation/validate-state-translations.ts';
import { checkFixture as check, removeFixtureCopies } from './content-fixture.ts';

afterEach(removeFixtureCopies);

const ES = 'content/states/es';
const typed = 'is a number typed into the prose, which can go stale or disagree with the data. Fix:';
const allowed = 'Years, dates, bill and statute numbers and ordinals may be typed';

describe('Spanish state files', () => {
	it('must exist for every English record', () => {
		expect(check('translation-missing').errors).toEqual([
			`ERROR ${ES} = ["WY"]: has no Spanish text for WY; each English record needs its Spanish words for the Spanish pages. Fix: add wy.yaml here, translating the English record's summaries, law names and timeline (CONTRIBUTING.md, "Translations")`,
		]);
	});

	it('are named for their English record, and only those', () => {
		expect(check('translation-bad-file-name').errors).toEqual([
			`ERROR ${ES}/oregon.yaml = "oregon.yaml": is not named for a state. Fix: name each Spanish file as the English record it translates is named (content/states/es/or.yaml translates content/states/or.yaml), or delete it`,
		]);
		expect(check('translation-code-mismatch').errors).toEqual([`ERROR ${ES}/ak.yaml → code = "OR": does not match the file name, which says AK. Fix: set code to AK`]);
	});

	it('hold words only, sending statuses, dates and sources back to the English record', () => {
		const fix = 'is not text to translate: statuses, dates, sources and contacts live in the English record content/states/or.yaml. Fix: delete it here, and change it there if it is wrong';
		expect(check('translation-english-fields').errors).toEqual([
			`ERROR ${ES}/or.yaml → nlets.status: ${fix}`,
			`ERROR ${ES}/or.yaml → nlets.sources: ${fix}`,
			`ERROR ${ES}/or.yaml → lastReviewed: ${fix}`,
		]);
	});

	it('suggest the field meant by a misspelt one', () => {
		expect(check('translation-unknown-field').errors).toEqual([
			`ERROR ${ES}/or.yaml → dataBrokers.summary: is missing. Fix: add it (string expected)`,
			`ERROR ${ES}/or.yaml → dataBrokers.sumary: unknown field. Fix: did you mean "summary"? Allowed fields here are: summary, laws`,
		]);
	});

	it('keep the English limits on each field', () => {
		expect(check('translation-short-summary').errors).toEqual([`ERROR ${ES}/or.yaml → dmvSharing.summary = "Corta.": is too short. Fix: write one or two plain sentences`]);
	});

	it('are read as safely as the English records', () => {
		expect(check('translation-yaml-alias').errors).toEqual([
			`ERROR ${ES}/or.yaml:9 = "*dmv": is a YAML alias, which content files do not accept: aliases can make a small file expand to billions of values. Fix: write the value out in full, and delete its &anchor`,
		]);
	});
});

describe('Spanish state files line up with the English record', () => {
	it('with as many laws, reported once rather than law by law', () => {
		expect(check('translation-laws').errors).toEqual([
			`ERROR ${ES}/or.yaml → dmvSharing.laws = [2017]: has 1 law, but dmvSharing.laws in the English record content/states/or.yaml has 2 laws (years 2017, 2021). Fix: give each English law one entry here, in the same order and with the same year`,
		]);
	});

	it('with each law in the English place and year', () => {
		expect(check('translation-law-year').errors).toEqual([
			`ERROR ${ES}/or.yaml → dmvSharing.laws[1].year = 2020: does not match dmvSharing.laws[1].year in the English record content/states/or.yaml, 2021; entries are matched by their place in the list. Fix: put the laws in the English order, with the English years`,
		]);
	});

	it('with every timeline event, on the English dates', () => {
		expect(check('translation-timeline-count').errors).toEqual([
			`ERROR ${ES}/or.yaml → timeline = []: has 0 events, but timeline in the English record content/states/or.yaml has 1 event (dates 2025-11-12). Fix: give each English event one entry here, in the same order and with the same date`,
		]);
		expect(check('translation-timeline-date').errors).toEqual([
			`ERROR ${ES}/or.yaml → timeline[0].date = "2025-11-13": does not match timeline[0].date in the English record content/states/or.yaml, 2025-11-12; entries are matched by their place in the list. Fix: put the events in the English order, with the English dates`,
		]);
	});

	it('with requires and reportedBy exactly where the English has them', () => {
		expect(check('translation-requires').errors).toEqual([
			`ERROR ${ES}/or.yaml → dmvSharing.requires: is missing, but the English record content/states/or.yaml has dmvSharing.requires: "a judicial subpoena or a court order". Fix: add its Spanish, in words that follow "exige"`,
		]);
		expect(check('translation-reported-by').errors).toEqual([
			`ERROR ${ES}/ak.yaml → nlets.reportedBy = "funcionarios estatales": is not in the English record content/states/ak.yaml, whose status does not call for it. Fix: delete it`,
			`ERROR ${ES}/or.yaml → nlets.reportedBy: is missing, but the English record content/states/or.yaml has nlets.reportedBy: "members of Congress". Fix: add its Spanish, in words that follow "Reportado por"`,
		]);
	});

	it('and one based on an older review is a warning, not an error', () => {
		const result = check('translation-outdated');
		expect(result.errors).toEqual([]);
		expect(result.outdatedTranslations).toEqual([{ code: 'OR', basedOn: '2026-10-01', lastReviewed: '2026-11-01' }]);
		expect(result.stateTranslations.find((translation) => translation.code === 'OR')?.basedOn).toBe('2026-10-01');
		expect(result.outdatedTranslations.map(formatOutdatedTranslation)).toEqual([
			`WARNING ${ES}/or.yaml → basedOn = "2026-10-01": is older than the English record's lastReviewed, 2026-11-01, so the Spanish may lag the English; its pages say so. Fix: compare the two files, bring the Spanish up to date with content/states/or.yaml, and set basedOn: 2026-11-01`,
		]);
	});
});

describe('Spanish explainers', () => {
	it('pass with Spanish dates, ordinals and chapter numbers, and "de" after a printed figure', () => {
		expect(check('explainer-translated').errors).toEqual([]);
	});

	it('still may not type a quantity', () => {
		const file = 'content/explainers/es/police-networks.mdx:11';
		expect(check('explainer-es-typed-number').errors).toEqual([
			`ERROR ${file} → prose = "5 estados": ${typed} print it with <StateCount way="…" status="…" />, which counts the state records. ${allowed}`,
			`ERROR ${file} → prose = "300 millones de": ${typed} add it to content/figures.yaml with its source, and print it with <Fact id="…" />. ${allowed}`,
			`ERROR ${file} → prose = "2 de": ${typed} add it to content/figures.yaml with its source, and print it with <Fact id="…" />. ${allowed}`,
		]);
	});

	it('keep their English twin’s way, kind, order, figures and citations', () => {
		const file = 'content/explainers/es/police-networks.mdx';
		expect(check('explainer-twin-mismatch').errors).toEqual([
			`ERROR ${file} → order = 2: differs from its English twin content/explainers/police-networks.mdx, which has order: 1. Fix: copy way, kind and order from the English file`,
			`ERROR ${file} → <Cite ids> = "letters-2025": is in the English twin content/explainers/police-networks.mdx but not here; a translation may not drop a citation. Fix: write <Cite ids="letters-2025" /> where the English has it`,
			`ERROR ${file}:8 → <Fact id> = "nlets-hsi-queries": is not in the English twin content/explainers/police-networks.mdx; a translation may not add a figure. Fix: delete it here, or add it to the English explainer first`,
		]);
	});

	it('each translate an English explainer of the same name, and together all of them', () => {
		expect(check('explainer-twin-missing').errors).toEqual([
			'ERROR content/explainers/es/actuar.mdx = "actuar.mdx": has no English twin: a Spanish explainer translates the English one of the same name in content/explainers/. Fix: name it as the English file it translates (act.mdx, police-networks.mdx), or delete it',
			'ERROR content/explainers/es = ["act.mdx"]: has no Spanish version of act.mdx; the Spanish site needs every explainer. Fix: add content/explainers/es/act.mdx, translating the English file and keeping its frontmatter, <Fact> and <Cite> tags',
		]);
	});
});
