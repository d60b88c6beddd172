/**
 * The number rule: an explainer's prose never types a quantity. Counts and figures come from the
 * data through a component (<Fact>, <StateCount>), so they cannot go stale or disagree with it.
 * Numerals that name or date something are allowed by rule: years, dates, bill and statute
 * numbers, ordinals, and a few proper names, as English or Spanish writes them. Pure, so a unit
 * test can prove it.
 */

/** The languages the rule reads; each writes dates and ordinals its own way. */
export type ProseLanguage = 'en' | 'es';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MES = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre)';

/** Text whose numerals name or date something rather than count it, in either language. */
const SHARED_EXEMPT: readonly RegExp[] = [
	// Dates: 2025-11-12.
	/\b\d{4}-\d{2}-\d{2}\b/g,
	// Bills and acts: SB 5497, AB 1747, HB 711, HF 4, SB21-131, A4743/S3229, S 2006.
	/\b(?:SB|HB|AB|HF|SF|LD|S|A|H)\s?\d+(?:-\d+)?(?:\/[A-Z]{1,2}\s?\d+)*\b/g,
	// Codes and statutes: RCW 43.17.425, ORS 180.805, § 31-10.4-3, 18 U.S.C. § 2721, Minn. Stat. 171.12, subd. 11.
	/\b(?:RCW|ORS|Stat\.|subd\.)\s?\d[\d.]*(?:-[\d.]+)*/g,
	/§+\s?\d[\d.]*(?:-[\d.]+)*/g,
	/\b\d+\s+U\.S\.C\./g,
	// Public acts and laws: Public Act 102-0354, Public Law 2023, Chapter 874, ch. 296, Executive Order No. 12.
	/\bPublic (?:Act|Law)\s\d+(?:-\d+)?/g,
	/\b(?:ch\.|chapter|Chapter)\s?\d+/g,
	/\bExecutive Order(?: No\.)?\s\d+/g,
	/\b(?:Question|Measure|Proposition)\s\d+/g,
	/\bPIA-\d+/g,
	/\b501\(c\)\(\d\)/g,
	// Proper names with numerals in them: newsrooms and campaigns.
	/\b(?:404 Media|5 Calls|KING 5)\b/g,
	// Years, alone or as a span: 2019, 2024–25.
	/\b(?:19|20)\d{2}(?:\s*[–-]\s*\d{2,4})?\b/g,
];

/** What each language adds: its dates, its ordinals, and (in Spanish) the words its law names use. */
const EXEMPT: Readonly<Record<ProseLanguage, readonly RegExp[]>> = {
	en: [
		...SHARED_EXEMPT,
		// Dates: November 12, 2025, Nov. 12, 12 November.
		new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\b`, 'g'),
		new RegExp(`\\b\\d{1,2}\\s+${MONTH}`, 'g'),
		// Ordinals: 1st, 22nd, 103rd, 14th.
		/\b\d+(?:st|nd|rd|th)\b/g,
	],
	es: [
		...SHARED_EXEMPT,
		// Dates: 5 de junio de 2026, del 1 al 15 de julio, 5 y 6 de mayo.
		new RegExp(`\\b\\d{1,2}(?:\\s*(?:[–-]|al|y)\\s*\\d{1,2})?\\s+de\\s+${MES}\\b`, 'gi'),
		// Ordinals: 1.º, 2.ª, 1.er, 3er.
		/\b\d+\.?(?:[ºª]|er\b)/g,
		// Law names in Spanish: capítulo 874, cap. 58, Orden Ejecutiva n.º 12.
		/\b(?:capítulo|Capítulo|cap\.|Cap\.)\s?\d+/g,
		/\bOrden Ejecutiva(?:\s(?:No\.|n\.º|núm\.))?\s\d+/g,
	],
};

/**
 * A numeral as typed (digits with thousands commas, decimals, a currency or percent sign, a scale
 * word), then the word after it. A numeral joined to letters by a hyphen, as in COVID-19 or I-9, is a name.
 */
const NUMERAL = /(?<!\p{L}-?)(?<!\d)(\$?\d+(?:,\d{3})*(?:\.\d+)?%?(?:\s+(?:million|billion|millones|millón|mil(?:\s+millones)?))?)(?:\s+([\p{L}-]+))?/gu;

/** A quantity typed into prose, and the component that should print it instead. */
export interface TypedNumber {
	/** The numeral with the word after it, e.g. "5 states". */
	readonly text: string;
	/** Where it starts in the text. */
	readonly index: number;
	readonly component: '<StateCount>' | '<Fact>';
}

/** The numerals in `text`, written in `language`, that count something: every one not inside a year, date, law, ordinal or name. */
export function findTypedNumbers(text: string, language: ProseLanguage = 'en'): TypedNumber[] {
	const exempt = EXEMPT[language].flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const));
	return [...text.matchAll(NUMERAL)]
		.filter((m) => !exempt.some(([start, end]) => m.index < end && start < m.index + (m[1] ?? '').length))
		.map((m) => ({ text: m[0], index: m.index, component: /^(?:states?|estados?)$/i.test(m[2] ?? '') ? '<StateCount>' : '<Fact>' }));
}

/** The fix for a typed number, naming the component to print it with. */
export function typedNumberFix(number: TypedNumber): string {
	const how =
		number.component === '<StateCount>'
			? 'print it with <StateCount way="…" status="…" />, which counts the state records'
			: 'add it to content/figures.yaml with its source, and print it with <Fact id="…" />';
	return `is a number typed into the prose, which can go stale or disagree with the data. Fix: ${how}. Years, dates, bill and statute numbers and ordinals may be typed`;
}
