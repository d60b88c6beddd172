/**
 * Finds numbers typed into prose that the data does not hold. Explainers print figures through
 * <Fact>, whose output the caller strips first; whatever numerals are left must be years, dates,
 * law or bill names, or equal to a value derived from the data. Pure, so a unit test can prove it
 * catches a wrong number.
 */

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Text that may hold numerals which are names or dates rather than quantities. */
const EXEMPT: readonly RegExp[] = [
	// Dates: 2025-11-12, November 12, 2025, Nov. 12, 12 November.
	/\b\d{4}-\d{2}-\d{2}\b/g,
	new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\b`, 'g'),
	new RegExp(`\\b\\d{1,2}\\s+${MONTH}`, 'g'),
	// Bills and acts: SB 5497, AB 1747, HF 4, SB21-131, A4743/S3229, S 2006, HB 3265.
	/\b(?:SB|HB|AB|HF|SF|LD|S|A|H)\s?\d+(?:-\d+)?(?:\/[A-Z]{1,2}\s?\d+)*\b/g,
	// Codes and statutes: RCW 43.17.425, ORS 180.805, § 31-10.4-3, 18 U.S.C. § 2721, Minn. Stat. 171.12, subd. 11.
	/\b(?:RCW|ORS|Stat\.|subd\.)\s?\d[\d.]*(?:-[\d.]+)*/g,
	/§+\s?\d[\d.]*(?:-[\d.]+)*/g,
	/\b\d+\s+U\.S\.C\./g,
	// Public acts and laws: Public Act 102-0354, Public Law 2023, ch. 296, Executive Order No. 12.
	/\bPublic (?:Act|Law)\s\d+(?:-\d+)?/g,
	/\b(?:ch\.|chapter|Chapter)\s?\d+/g,
	/\bExecutive Order(?: No\.)?\s\d+/g,
	/\b(?:Question|Measure|Proposition)\s\d+/g,
	/\bPIA-\d+/g,
	/\b501\(c\)\(\d\)/g,
	// Names with numerals in them: newsrooms and campaigns.
	/\b(?:404 Media|5 Calls|KING 5)\b/g,
	// Years, alone or as a span: 2019, 2024–25.
	/\b(?:19|20)\d{2}(?:\s*[–-]\s*\d{2,4})?\b/g,
];

/** A numeral, with thousands commas and decimals, and an optional scale word. */
const NUMERAL = /\$?\d[\d,]*(?:\.\d+)?(?:\s+(million|billion))?%?/g;

const SCALE: Record<string, number> = { million: 1e6, billion: 1e9 };

/** The value a numeral stands for: "290 million" → 290000000, "$16.8 million" → 16800000, "67%" → 0.67. */
export function numeralValue(numeral: string): number {
	const match = /^\$?([\d,]+(?:\.\d+)?)(?:\s+(million|billion))?(%)?$/.exec(numeral.trim());
	if (!match?.[1]) return Number.NaN;
	const base = Number(match[1].replaceAll(',', ''));
	const scaled = base * (match[2] ? (SCALE[match[2]] ?? 1) : 1);
	return match[3] ? scaled / 100 : scaled;
}

/** Removes exempt text (dates, years, law and bill names), leaving a space so words stay apart. */
export function stripExempt(text: string): string {
	return EXEMPT.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/**
 * The numerals in `text` that are neither exempt nor equal (to within a rounding of 0.5) to a
 * value in `allowed`. `text` is prose with the output of <Fact> and citation markers removed.
 */
export function findStrayNumbers(text: string, allowed: Iterable<number>): string[] {
	const values = [...allowed];
	const matches = (value: number) => values.some((known) => Math.abs(known - value) <= 0.5 || (known < 1 && Math.abs(known - value) < 0.005));
	return [...stripExempt(text).matchAll(NUMERAL)].map((m) => m[0].trim()).filter((numeral) => !matches(numeralValue(numeral)));
}
