/**
 * Checks the Spanish words of the state records (content/states/es/<code>.yaml) against the English
 * records they translate: one file for each English record and no other, and the same laws, timeline
 * events, requires and reportedBy, matched by place, so a page can swap the words without losing a fact.
 * A translation older than its English record's review is not an error: it is listed, so pages can say
 * the Spanish may lag and check:data can warn.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { translationLags } from '../data/localize-state.ts';
import { STATE_CODES } from '../data/us-states.ts';
import { ENGLISH_ONLY_FIELDS, StateTranslationSchema, type StateTranslation } from '../schemas/state-translation.ts';
import type { State } from '../schemas/state.ts';
import { parseWith, type Problem } from './problems.ts';
import { readYamlFile, UNREADABLE } from './yaml-file.ts';

/** The folder of Spanish state text, inside content/states/. */
export const SPANISH_STATES_DIR = 'es';

/** A translation whose English record was reviewed after the translation last matched it. */
export interface OutdatedTranslation {
	readonly code: string;
	/** The translation's basedOn. */
	readonly basedOn: string;
	/** The English record's lastReviewed, newer than basedOn. */
	readonly lastReviewed: string;
}

export interface StateTranslationCheck {
	/** Every translation that parsed, in the order of STATE_CODES. */
	readonly translations: StateTranslation[];
	readonly outdated: OutdatedTranslation[];
}

const WAYS_WITH_LAWS = ['dmvSharing', 'dataBrokers', 'nlets'] as const;

/** The warning check:data prints for an outdated translation. */
export function formatOutdatedTranslation({ code, basedOn, lastReviewed }: OutdatedTranslation): string {
	const lower = code.toLowerCase();
	return `WARNING content/states/${SPANISH_STATES_DIR}/${lower}.yaml → basedOn = "${basedOn}": is older than the English record's lastReviewed, ${lastReviewed}, so the Spanish may lag the English; its pages say so. Fix: compare the two files, bring the Spanish up to date with content/states/${lower}.yaml, and set basedOn: ${lastReviewed}`;
}

/**
 * Reads and checks every file in `dir` (content/states/es/) against `english`, the English records that
 * parsed, by code. A code with no valid English record has had its error reported already, so its
 * translation is checked on its own but not compared, and its absence is not reported twice.
 */
export function validateStateTranslations(dir: string, name: (path: string) => string, english: ReadonlyMap<string, State>, problems: Problem[]): StateTranslationCheck {
	const entries = existsSync(dir) ? readdirSync(dir).sort() : [];
	const translations: StateTranslation[] = [];
	for (const entry of entries) {
		const path = join(dir, entry);
		const file = name(path);
		const code = /^([a-z]{2})\.yaml$/.exec(entry)?.[1]?.toUpperCase();
		if (!code || !STATE_CODES.includes(code)) {
			problems.push({
				file,
				field: '',
				value: entry,
				message: `is not named for a state. Fix: name each Spanish file as the English record it translates is named (content/states/es/or.yaml translates content/states/or.yaml), or delete it`,
			});
			continue;
		}
		const englishFile = `content/states/${code.toLowerCase()}.yaml`;
		const misplaced = Object.fromEntries(
			ENGLISH_ONLY_FIELDS.map((field) => [
				field,
				`is not text to translate: statuses, dates, sources and contacts live in the English record ${englishFile}. Fix: delete it here, and change it there if it is wrong`,
			]),
		);
		const data = readYamlFile(path, file, problems);
		const translation = data === UNREADABLE ? undefined : parseWith(StateTranslationSchema, data, file, problems, [], misplaced);
		if (!translation) continue;
		if (translation.code !== code) {
			problems.push({ file, field: 'code', value: translation.code, message: `does not match the file name, which says ${code}. Fix: set code to ${code}` });
			continue;
		}
		const record = english.get(code);
		if (record) compareWithEnglish(translation, record, file, englishFile, problems);
		translations.push(translation);
	}

	const present = new Set(entries);
	const missing = [...english.keys()].filter((code) => !present.has(`${code.toLowerCase()}.yaml`));
	if (missing.length > 0) {
		const files = missing.map((code) => `${code.toLowerCase()}.yaml`);
		problems.push({
			file: name(dir),
			field: '',
			value: missing,
			message: `has no Spanish text for ${missing.join(', ')}; each English record needs its Spanish words for the Spanish pages. Fix: add ${files.join(', ')} here, translating the English record's summaries, law names and timeline (CONTRIBUTING.md, "Translations")`,
		});
	}

	const outdated = translations.flatMap((translation): OutdatedTranslation[] => {
		const record = english.get(translation.code);
		return record && translationLags(record, translation) ? [{ code: translation.code, basedOn: translation.basedOn, lastReviewed: record.lastReviewed }] : [];
	});
	translations.sort((a, b) => STATE_CODES.indexOf(a.code) - STATE_CODES.indexOf(b.code));
	return { translations, outdated };
}

/** Problems where a translation does not line up with its English record. */
function compareWithEnglish(translation: StateTranslation, record: State, file: string, englishFile: string, problems: Problem[]): void {
	for (const way of WAYS_WITH_LAWS) {
		compareList(
			{ what: 'law', key: 'year', field: `${way}.laws` },
			translation[way].laws.map((law) => law.year),
			record[way].laws.map((law) => law.year),
			file,
			englishFile,
			problems,
		);
	}
	compareList(
		{ what: 'event', key: 'date', field: 'timeline' },
		translation.timeline.map((event) => event.date),
		record.timeline.map((event) => event.date),
		file,
		englishFile,
		problems,
	);
	compareOptional('dmvSharing.requires', translation.dmvSharing.requires, record.dmvSharing.requires, 'words that follow "exige"', file, englishFile, problems);
	compareOptional('nlets.reportedBy', translation.nlets.reportedBy, record.nlets.reportedBy, 'words that follow "Reportado por"', file, englishFile, problems);
}

/**
 * A list matched by place (laws by year, events by date): a different length is one problem, since every
 * entry after an added or dropped one would otherwise be reported too; with the same length, each key that differs.
 */
function compareList(
	{ what, key, field }: { what: string; key: string; field: string },
	spanish: readonly (string | number)[],
	english: readonly (string | number)[],
	file: string,
	englishFile: string,
	problems: Problem[],
): void {
	const count = (n: number) => `${n} ${what}${n === 1 ? '' : 's'}`;
	if (spanish.length !== english.length) {
		problems.push({
			file,
			field,
			value: spanish,
			message: `has ${count(spanish.length)}, but ${field} in the English record ${englishFile} has ${count(english.length)} (${key}s ${english.join(', ') || 'none'}). Fix: give each English ${what} one entry here, in the same order and with the same ${key}`,
		});
		return;
	}
	spanish.forEach((value, i) => {
		if (value === english[i]) return;
		problems.push({
			file,
			field: `${field}[${i}].${key}`,
			value,
			message: `does not match ${field}[${i}].${key} in the English record ${englishFile}, ${english[i]}; entries are matched by their place in the list. Fix: put the ${what}s in the English order, with the English ${key}s`,
		});
	});
}

/** A field the translation has exactly when the English record has it. */
function compareOptional(field: string, spanish: string | undefined, english: string | undefined, form: string, file: string, englishFile: string, problems: Problem[]): void {
	if (english !== undefined && spanish === undefined) {
		problems.push({ file, field, value: undefined, message: `is missing, but the English record ${englishFile} has ${field}: "${english}". Fix: add its Spanish, in ${form}` });
	}
	if (english === undefined && spanish !== undefined) {
		problems.push({ file, field, value: spanish, message: `is not in the English record ${englishFile}, whose status does not call for it. Fix: delete it` });
	}
}
