/**
 * The open data downloads: /data/states.csv, /data/states.json and /data/sources.csv.
 * Pure functions from the validated records to file contents, so they run and are tested in plain Node.
 * The column lists here also drive the data dictionary on /data/.
 */
import { DEFAULT_LOCALE, useTranslations, type Translator } from '../i18n/index.ts';
import type { Source } from '../schemas/source.ts';
import { SITE } from '../site.ts';
import { formatCsv } from './csv.ts';
import type { Way } from './levels.ts';
import type { StateRecord } from './state-record.ts';

/** The data licence, as the /data/ page, the JSON file and the citation name it. */
export const DATA_LICENCE = {
	name: 'CC BY 4.0',
	title: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The three download files, with the paths they are built at. */
export const DOWNLOADS = {
	statesCsv: '/data/states.csv',
	statesJson: '/data/states.json',
	sourcesCsv: '/data/sources.csv',
} as const;

/** Separates several URLs in one CSV cell; URLs cannot contain a space, so splitting on it is safe. */
export const URL_SEPARATOR = ' ';
/** Separates several laws in one CSV cell. */
export const LAW_SEPARATOR = '; ';

/** Turns a source id into its URL; throws on an id the bibliography lacks, which validation already rules out. */
export type SourceUrlOf = (id: string) => string;

/** One column of a CSV download, and its entry in the data dictionary. */
export interface Column<R> {
	/** Header in the CSV, snake_case so spreadsheets, R and pandas take it as is. */
	readonly name: string;
	/** Where the same value lives in the JSON download and the schema, e.g. "nlets.status". */
	readonly field: string;
	/** The way whose status vocabulary (src/data/levels.ts) lists the allowed values, for status columns. */
	readonly way?: Way;
	/** How the CSV writes the value, when that differs from the schema (lists, joined records). */
	readonly format?: string;
	/** What the column means, for columns the schema does not describe. */
	readonly meaning?: string;
	readonly value: (row: R, urlOf: SourceUrlOf) => string;
}

const urls = (ids: readonly string[], urlOf: SourceUrlOf) => ids.map(urlOf).join(URL_SEPARATOR);
const URLS_FORMAT = 'URLs, separated by spaces';
const URLS_MEANING = 'The sources that show this: their addresses, as listed with titles and publishers in sources.csv.';

/** Status, date, summary, sources and laws of one way. */
function wayColumns(way: 'nlets' | 'dmvSharing' | 'dataBrokers', prefix: string): Column<StateRecord>[] {
	return [
		{ name: `${prefix}_status`, field: `${way}.status`, way, value: (s) => s[way].status },
		{ name: `${prefix}_as_of`, field: `${way}.asOf`, value: (s) => s[way].asOf },
		{ name: `${prefix}_summary`, field: `${way}.summary`, value: (s) => s[way].summary },
		{
			name: `${prefix}_sources`,
			field: `${way}.sources`,
			format: URLS_FORMAT,
			meaning: URLS_MEANING,
			value: (s, urlOf) => urls(s[way].sources, urlOf),
		},
		{
			name: `${prefix}_laws`,
			field: `${way}.laws`,
			format: 'each law as “name (year)”, separated by semicolons',
			value: (s) => s[way].laws.map((law) => `${law.name} (${law.year})`).join(LAW_SEPARATOR),
		},
	];
}

/** A contact's page, phone and the date they were checked, as three columns. */
function contactColumns(contact: 'governor' | 'licensing', prefix: string): Column<StateRecord>[] {
	return [
		{ name: `${prefix}_url`, field: `contacts.${contact}.url`, format: 'https URL, or empty', value: (s) => s.contacts[contact]?.url ?? '' },
		{
			name: `${prefix}_phone`,
			field: `contacts.${contact}.phone`,
			format: 'ten digits written 503-378-4582, or empty',
			value: (s) => s.contacts[contact]?.phone ?? '',
		},
		{ name: `${prefix}_checked`, field: `contacts.${contact}.checked`, format: 'YYYY-MM-DD, or empty', value: (s) => s.contacts[contact]?.checked ?? '' },
	];
}

/** The columns of /data/states.csv, in order: the three ways in the site's order, then the context and the contacts. */
export const STATE_COLUMNS: readonly Column<StateRecord>[] = [
	{
		name: 'code',
		field: 'code',
		format: 'two capital letters',
		meaning: 'The USPS code of the state, e.g. OR for Oregon and DC for the District of Columbia.',
		value: (s) => s.code,
	},
	{ name: 'name', field: 'name', format: 'text', meaning: 'The name of the state or DC.', value: (s) => s.name },
	{
		name: 'fips',
		field: 'fips',
		format: 'two digits, kept as text',
		meaning: 'The two-digit federal (FIPS) code of the state, for joining with census and map data.',
		value: (s) => s.fips,
	},
	...wayColumns('dmvSharing', 'dmv_sharing'),
	{ name: 'dmv_sharing_requires', field: 'dmvSharing.requires', format: 'text, or empty', value: (s) => s.dmvSharing.requires ?? '' },
	...wayColumns('dataBrokers', 'data_brokers'),
	...wayColumns('nlets', 'nlets'),
	{ name: 'nlets_reported_by', field: 'nlets.reportedBy', format: 'text, or empty', value: (s) => s.nlets.reportedBy ?? '' },
	{ name: 'nlets_hsi', field: 'nlets.hsi', value: (s) => s.nlets.hsi },
	{ name: 'nlets_cbp', field: 'nlets.cbp', value: (s) => s.nlets.cbp },
	{ name: 'licenses_for_all_status', field: 'licensesForAll.status', way: 'licensesForAll', value: (s) => s.licensesForAll.status },
	{
		name: 'licenses_for_all_since',
		field: 'licensesForAll.since',
		value: (s) => (s.licensesForAll.since === null ? '' : String(s.licensesForAll.since)),
	},
	{
		name: 'licenses_for_all_sources',
		field: 'licensesForAll.sources',
		format: URLS_FORMAT,
		meaning: URLS_MEANING,
		value: (s, urlOf) => urls(s.licensesForAll.sources, urlOf),
	},
	{ name: 'last_reviewed', field: 'lastReviewed', value: (s) => s.lastReviewed },
	...contactColumns('governor', 'governor'),
	{ name: 'licensing_office', field: 'contacts.licensing.office', value: (s) => s.contacts.licensing.office },
	{ name: 'licensing_answers_to', field: 'contacts.licensing.answersTo', value: (s) => s.contacts.licensing.answersTo },
	...contactColumns('licensing', 'licensing'),
	{
		name: 'legislature_lookup_url',
		field: 'contacts.legislatureLookupUrl',
		format: 'https URL, or empty',
		value: (s) => s.contacts.legislatureLookupUrl ?? '',
	},
];

/** The columns of /data/sources.csv, in order; they match content/sources.yaml field for field. */
export const SOURCE_COLUMNS: readonly Column<Source>[] = [
	{ name: 'id', field: 'id', value: (s) => s.id },
	{ name: 'title', field: 'title', value: (s) => s.title },
	{ name: 'publisher', field: 'publisher', value: (s) => s.publisher },
	{ name: 'url', field: 'url', value: (s) => s.url },
	{ name: 'via', field: 'via', value: (s) => s.via ?? '' },
	{ name: 'published', field: 'published', value: (s) => s.published ?? '' },
	{ name: 'accessed', field: 'accessed', value: (s) => s.accessed },
	{ name: 'kind', field: 'kind', format: 'law, official or court; empty for reporting and analysis', value: (s) => s.kind ?? '' },
];

/** A lookup from source id to URL over the bibliography. */
export function makeSourceUrlOf(sources: readonly Source[]): SourceUrlOf {
	const byId = new Map(sources.map((source) => [source.id, source.url]));
	return (id) => {
		const url = byId.get(id);
		if (url === undefined) throw new Error(`No source with id "${id}" in content/sources.yaml`);
		return url;
	};
}

/** The date the data as a whole is current to: the latest date any state file was reviewed. */
export function getDataAsOf(states: readonly StateRecord[]): string {
	if (states.length === 0) throw new Error('No state records: the data has no "as of" date');
	return states.reduce((latest, state) => (state.lastReviewed > latest ? state.lastReviewed : latest), '');
}

/** How to cite the data, in one line, in a page's language; the data files cite it in English. */
export function citeData(asOf: string, tr: Translator = useTranslations(DEFAULT_LOCALE)): string {
	return tr.tf('data.citation', {
		site: tr.t('site.title'),
		asOf,
		url: new URL(tr.path('/data/'), SITE.url).href,
		licence: DATA_LICENCE.name,
	});
}

/** /data/states.csv: one row per state and DC, with a byte-order mark. */
export function formatStatesCsv(states: readonly StateRecord[], sources: readonly Source[]): string {
	const urlOf = makeSourceUrlOf(sources);
	return formatCsv([STATE_COLUMNS.map((c) => c.name), ...states.map((state) => STATE_COLUMNS.map((c) => c.value(state, urlOf)))]);
}

/** /data/sources.csv: the bibliography, one row per source, with a byte-order mark. */
export function formatSourcesCsv(sources: readonly Source[]): string {
	const urlOf = makeSourceUrlOf(sources);
	return formatCsv([SOURCE_COLUMNS.map((c) => c.name), ...sources.map((source) => SOURCE_COLUMNS.map((c) => c.value(source, urlOf)))]);
}

/** A cited source as the JSON download gives it: the id for joining with sources.csv, and the URL. */
export interface SourceRef {
	readonly id: string;
	readonly url: string;
}

/** /data/states.json: the licence and citation, then every state record with its sources resolved to URLs. */
export function buildStatesJson(states: readonly StateRecord[], sources: readonly Source[]) {
	const urlOf = makeSourceUrlOf(sources);
	const refs = (ids: readonly string[]): SourceRef[] => ids.map((id) => ({ id, url: urlOf(id) }));
	const asOf = getDataAsOf(states);
	return {
		title: `${SITE.title}: state data`,
		asOf,
		licence: DATA_LICENCE,
		citation: citeData(asOf),
		documentation: new URL('/data/', SITE.url).href,
		states: states.map((s) => ({
			code: s.code,
			name: s.name,
			fips: s.fips,
			dmvSharing: withRefs(s.dmvSharing, refs),
			dataBrokers: withRefs(s.dataBrokers, refs),
			nlets: withRefs(s.nlets, refs),
			licensesForAll: { ...s.licensesForAll, sources: refs(s.licensesForAll.sources) },
			timeline: s.timeline.map((event) => ({ ...event, sources: refs(event.sources) })),
			lastReviewed: s.lastReviewed,
			contacts: s.contacts,
		})),
	};
}

/** A way's record with each source id, its own and its laws', replaced by the source's reference. */
function withRefs<W extends { sources: string[]; laws: { sources: string[] }[] }, R>(way: W, refs: (ids: readonly string[]) => R[]) {
	return { ...way, sources: refs(way.sources), laws: way.laws.map((law) => ({ ...law, sources: refs(law.sources) })) };
}

/** The text of /data/states.json, indented so a diff between two versions reads line by line. */
export function formatStatesJson(states: readonly StateRecord[], sources: readonly Source[]): string {
	return `${JSON.stringify(buildStatesJson(states, sources), null, '\t')}\n`;
}

/** The size in bytes of each download, for the /data/ page: readers on metered data see the cost first. */
export function getDownloadSizes(states: readonly StateRecord[], sources: readonly Source[]): Record<keyof typeof DOWNLOADS, number> {
	const bytes = (text: string) => new TextEncoder().encode(text).length;
	return {
		statesCsv: bytes(formatStatesCsv(states, sources)),
		statesJson: bytes(formatStatesJson(states, sources)),
		sourcesCsv: bytes(formatSourcesCsv(sources)),
	};
}

/** A byte count in whole kilobytes (at least 1), e.g. "51 KB". */
export function formatKilobytes(bytes: number): string {
	return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
