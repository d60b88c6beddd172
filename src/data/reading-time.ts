/** Reading time of an explainer, worked out from its MDX so it follows every edit. Pure. */

/** Words per minute for plain English read on a screen; slow on purpose, since many readers use a second language. */
export const WORDS_PER_MINUTE = 180;

/** The words a reader sees in an MDX body: frontmatter, imports, tags, link targets and markup removed. */
export function countWords(mdx: string): number {
	const text = mdx
		.replace(/^---[\s\S]*?^---/m, ' ')
		.replace(/^(?:import|export)\s.*$/gm, ' ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ' ')
		.replace(/[#*_>`[\]|]+/g, ' ');
	return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

/** Whole minutes to read an MDX body, at least 1. */
export function readingMinutes(mdx: string): number {
	return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
