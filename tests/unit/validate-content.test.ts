import { afterEach, describe, expect, it } from 'vitest';
import { checkFixture as check, removeFixtureCopies } from './content-fixture.ts';

afterEach(removeFixtureCopies);

/** The fix every invisible-character message ends with. */
const HIDDEN_FIX = 'which can hide or reorder what a reviewer sees. Fix: delete it; retype the words around it if your editor does not show it';
const YAML_FIX = 'Fix: indent each level with two spaces (no tabs), put a space after each colon, and quote text that contains ": " or starts with a symbol';

describe('validateContent', () => {
	it('accepts the valid fixture with no problems', () => {
		const result = check();
		expect(result.problems).toEqual([]);
		expect(result.states).toHaveLength(51);
		expect(result.stateTranslations.map((translation) => translation.code)).toEqual(result.states.map((state) => state.code));
		expect(result.outdatedTranslations).toEqual([]);
	});
});

describe('YAML syntax', () => {
	it('names the over-indented line, not the line after it where the parser noticed', () => {
		expect(check('malformed-yaml').errors).toEqual([
			`ERROR content/states/or.yaml:3: is not valid YAML: this line is indented 4 spaces, but the fields beside it are indented 2 spaces. ${YAML_FIX}`,
		]);
	});

	it('names the line where an unclosed [ list opens', () => {
		expect(check('unclosed-list').errors).toEqual([
			'ERROR content/states/or.yaml:7: is not valid YAML: a list opened with [ is not closed. Fix: end it with ] on the same line, e.g. sources: [a-source, another-source]',
		]);
	});

	it('names the line where an unclosed quotation opens', () => {
		expect(check('unclosed-quote').errors).toEqual([
			'ERROR content/states/or.yaml:11: is not valid YAML: a text opened with " is not closed. Fix: end it with " on the same line, or remove the " at its start',
		]);
	});

	it('reports an unknown field and suggests the right one', () => {
		expect(check('unknown-field').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.asOf: is missing. Fix: add it (string expected)',
			'ERROR content/states/or.yaml → nlets.asof: unknown field. Fix: did you mean "asOf"? Allowed fields here are: status, asOf, reportedBy, hsi, cbp, summary, sources, laws',
		]);
	});
});

describe('state files', () => {
	it('reports a file name that is not a state code, and the name to use', () => {
		expect(check('bad-file-name').errors).toEqual([
			'ERROR content/states/oregon.yaml = "oregon.yaml": is not named for a state. Fix: name each file by the lower-case USPS code of its state and .yaml: rename it to or.yaml',
		]);
	});

	it('calls a copy such as or2.yaml a second record, not a file to rename', () => {
		expect(check('duplicate-copy').errors).toEqual([
			'ERROR content/states/or2.yaml = "or2.yaml": is a second record for OR, which content/states/or.yaml already holds. Fix: make your changes in or.yaml and delete or2.yaml',
		]);
	});

	it('never tells OR.yaml to become or.yaml when or.yaml exists', () => {
		expect(check('upper-case-file-name').errors).toEqual([
			'ERROR content/states/OR.yaml = "OR.yaml": is a second record for OR, which content/states/or.yaml already holds. Fix: make your changes in or.yaml and delete OR.yaml',
		]);
	});

	it('reports a state claimed by two files, and the state left without one', () => {
		expect(check('duplicate-state').errors).toEqual([
			'ERROR content/states/ok.yaml → code = "OR": does not match the file name, which says OK. Fix: set code to OK, or move the record to or.yaml',
			"ERROR content/states/ok.yaml and content/states/or.yaml → code = \"OR\": is claimed by more than one file. Fix: keep one record per state; each file's code must match its own name",
			'ERROR content/states = ["OK"]: has no record for OK; there must be exactly one file for each of the 50 states and DC. Fix: add ok.yaml (use status no-known-restriction where nothing is known)',
		]);
	});

	it('reports a missing state', () => {
		expect(check('missing-state').errors).toEqual([
			'ERROR content/states = ["WY"]: has no record for WY; there must be exactly one file for each of the 50 states and DC. Fix: add wy.yaml (use status no-known-restriction where nothing is known)',
		]);
	});

	it('reports a status outside its vocabulary, and nothing that follows from it', () => {
		// or.yaml is the only record citing state-law: "never cited" would be a second, false report.
		expect(check('bad-status').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.status = "Blocked": is not a Nlets status. Fix: use one of: blocked, in-progress, required-by-law, no-known-restriction',
		]);
	});

	it('reports an unknown source id and suggests the closest', () => {
		expect(check('unknown-source').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.sources[0] = "leters-2025": is not a source id in content/sources.yaml. Fix: did you mean "letters-2025"? correct the id, or add the source to content/sources.yaml',
		]);
	});

	it('reports a restriction claimed with no source', () => {
		expect(check('claim-without-source').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.sources = []: is empty, but status "blocked" is a claim. Fix: add the id of a source from content/sources.yaml that shows it',
		]);
	});

	it('reports an impossible date', () => {
		expect(check('impossible-date').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.asOf = "2025-02-30": is not a real calendar date. Fix: write it as YYYY-MM-DD, e.g. 2025-11-12',
		]);
	});

	it('reports a month/day/year date once, with the date rewritten', () => {
		expect(check('us-date').errors).toEqual([
			'ERROR content/states/or.yaml → nlets.asOf = "11/20/2026": is not a date written YYYY-MM-DD. Fix: write it as 2026-11-20',
		]);
	});

	it('reports a future date', () => {
		expect(check('future-date').errors).toEqual([
			'ERROR content/states/or.yaml → lastReviewed = "2999-01-01": is in the future. Fix: use the date the fact was last known to be true, no later than today',
		]);
	});

	it('reports a timeline that is not oldest first', () => {
		expect(check('timeline-out-of-order').errors).toEqual([
			'ERROR content/states/or.yaml → timeline[1].date = "2019-06-01": comes before the event above it (timeline[0].date is 2025-11-12); timelines run oldest first. Fix: move this event above the ones dated after it',
		]);
	});

	it('reports a law name over its length limit', () => {
		const name = 'An act relating to driver privacy and the sharing of records with federal agencies '.repeat(2).trim();
		expect(check('long-law-name').errors).toEqual([
			`ERROR content/states/or.yaml → dmvSharing.laws[0].name = "${name}": is longer than 120 characters. Fix: give the name people know the law by, with its bill or statute number`,
		]);
	});
});

describe('sources.yaml', () => {
	it('names an entry by its id, and reports a URL that is not https', () => {
		expect(check('http-url').errors).toEqual([
			'ERROR content/sources.yaml → state-law.url = "http://example.org/law": does not use https. Fix: link the https version of the page',
		]);
	});

	it('reports a URL with tracking parameters', () => {
		expect(check('tracking-url').errors).toEqual([
			'ERROR content/sources.yaml → state-law.url = "https://example.org/law?utm_source=newsletter&id=4": carries a tracking parameter (utm_*, fbclid, ...). Fix: delete it from the URL',
		]);
	});

	it('reports a URL that carries a user name and password', () => {
		expect(check('url-with-password').errors).toEqual([
			'ERROR content/sources.yaml → state-law.url = "https://editor:hunter2@example.org/law": holds a user name or password (user:password@). Fix: delete them and link the public page; never put a login in the data',
		]);
	});

	it('reports a source on an excluded site, naming the list in the repository', () => {
		expect(check('excluded-site').errors).toEqual([
			'ERROR content/sources.yaml → state-law.url = "https://www.uscisguide.com/oregon-dmv": is on uscisguide.com, which this project never cites: its state pages look machine-generated and contradict themselves (EXCLUDED_SITES in src/schemas/excluded-sites.ts). Fix: cite the original publisher instead',
		]);
	});

	it('reports a title over its length limit', () => {
		const title = 'Example state law and every one of its many amendments, '.repeat(4).trim();
		expect(check('long-source-title').errors).toEqual([
			`ERROR content/sources.yaml → state-law.title = "${title}": is longer than 200 characters. Fix: give the title as the publisher does, without the subtitle or summary`,
		]);
	});

	it('reports a source that nothing cites as an error', () => {
		expect(check('uncited-source').errors).toEqual([
			'ERROR content/sources.yaml → never-cited: is never cited. Fix: cite it from a state, a figure or an explainer, or remove it from content/sources.yaml',
		]);
	});
});

describe('hostile files', () => {
	it('stops a YAML bomb at its first alias, naming the file and line', () => {
		expect(check('yaml-bomb').errors).toEqual([
			'ERROR content/states/or.yaml:28 = "*a": is a YAML alias, which content files do not accept: aliases can make a small file expand to billions of values. Fix: write the value out in full, and delete its &anchor',
		]);
	});

	it('reports YAML that is not UTF-8, with the byte offset', () => {
		expect(check('invalid-utf8').errors).toEqual([
			'ERROR content/states/or.yaml:11: is not valid UTF-8: bytes F1 6F at byte offset 294 would be published as "�". Fix: save the file as UTF-8 (most editors offer "Save with encoding"), then check the accented letters and quotation marks on line 11',
		]);
	});

	it('reports an explainer that is not UTF-8, with the byte offset', () => {
		expect(check('explainer-invalid-utf8').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9: is not valid UTF-8: bytes F1 61 at byte offset 187 would be published as "�". Fix: save the file as UTF-8 (most editors offer "Save with encoding"), then check the accented letters and quotation marks on line 9',
		]);
	});

	it('reports a bidi override in a text field', () => {
		expect(check('bidi-override').errors).toEqual([
			`ERROR content/sources.yaml:2 → letters-2025.title = "Example letters to ⟦U+202E⟧governors": holds an invisible bidi control (U+202E, shown as ⟦U+202E⟧), ${HIDDEN_FIX}`,
		]);
	});

	it('reports a zero-width character in a text field', () => {
		expect(check('zero-width-character').errors).toEqual([
			`ERROR content/states/or.yaml:6 → nlets.summary = "…ntence about this state and Nl⟦U+200B⟧ets.": holds an invisible zero-width character (U+200B, shown as ⟦U+200B⟧), ${HIDDEN_FIX}`,
		]);
	});

	it('reports a control character in a text field', () => {
		expect(check('control-character').errors).toEqual([
			`ERROR content/figures.yaml:5 → example-queries.label = "Example⟦U+0008⟧ queries": holds an invisible control character (U+0008, shown as ⟦U+0008⟧), ${HIDDEN_FIX}`,
		]);
	});

	it('reports an invisible character in an explainer, with its line', () => {
		expect(check('explainer-hidden-character').errors).toEqual([
			`ERROR content/explainers/police-networks.mdx:9 = "…te ids=\\"letters-2025\\" /> Nlets⟦U+202E⟧ is a network.": holds an invisible bidi control (U+202E, shown as ⟦U+202E⟧), ${HIDDEN_FIX}`,
		]);
	});
});

describe('explainers run no code', () => {
	it('rejects import and export lines, such as node:fs and node:child_process', () => {
		const fix = 'Fix: delete it; the site’s components (Cite, Fact, StateCount, StatesWithStatus, StateLaws, StatePicker, Term, Terms) need no import';
		expect(check('explainer-import').errors).toEqual([
			`ERROR content/explainers/police-networks.mdx:9 → import = "import { readFileSync } from 'node:fs'": is an import line, which would run code when the site builds. ${fix}`,
			`ERROR content/explainers/police-networks.mdx:11 → export = "export { execSync } from 'node:child_process'": is an export line, which would run code when the site builds. ${fix}`,
		]);
	});

	it('rejects a JavaScript expression', () => {
		expect(check('explainer-expression').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → {…} = "{process.env.SECRET_TOKEN}": is a JavaScript expression, which explainers may not run. Fix: write the words themselves, print data with a component such as <Fact> or <StateCount>, or write \\{ for a brace',
		]);
	});

	it('rejects a <script>, once, however much it holds', () => {
		expect(check('explainer-script').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:11 → <script>: is not allowed in an explainer: it runs code in the reader’s browser. Fix: delete it; explainers may use Markdown, the site’s components and the HTML elements CONTRIBUTING.md lists',
		]);
	});

	it('rejects an event-handler attribute', () => {
		expect(check('explainer-event-handler').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <a onclick> = "steal()": is an event handler, which runs code in the reader’s browser. Fix: delete it',
		]);
	});

	it('rejects a javascript: link', () => {
		expect(check('explainer-javascript-link').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <a href> = "javascript:alert(document.cookie)": is not allowed: a javascript: link runs code when a reader follows it. Fix: link a path on this site, such as /act/, or an https:// address',
		]);
	});

	it('rejects a data: link', () => {
		expect(check('explainer-data-link').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <a href> = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": is not allowed: a data: link carries a whole page or script of its own. Fix: link a path on this site, such as /act/, or an https:// address',
		]);
	});

	it('rejects a <meta http-equiv="refresh">, which once sent /act/ to another site', () => {
		expect(check('explainer-meta-refresh').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <meta>: is not allowed in an explainer: it can redirect the page to another site. Fix: delete it; explainers may use Markdown, the site’s components and the HTML elements CONTRIBUTING.md lists',
		]);
	});

	it('rejects a component the site does not have, naming the line and saying no import is needed', () => {
		expect(check('explainer-unknown-component').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:11 → <Chart>: is not one of the site’s components. Fix: use one of Cite, Fact, StateCount, StatesWithStatus, StateLaws, StatePicker, Term, Terms; they need no import',
		]);
	});
});

describe('explainers print data through components', () => {
	it('reports MDX that does not parse at the tag left open', () => {
		expect(check('explainer-unclosed-tag').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:11: is not valid MDX: Unexpected closing tag `</Terms>`, expected corresponding closing tag for `<Term>` (11:1). Fix: close every tag (<Term …>…</Term>, or <Fact … /> for one that holds nothing), and write \\{ or \\< for a brace or angle bracket in the text',
		]);
	});

	it('reports a number typed into prose, naming the line and the component to print it with', () => {
		const allowed = 'Years, dates, bill and statute numbers and ordinals may be typed';
		expect(check('explainer-typed-number').errors).toEqual([
			`ERROR content/explainers/police-networks.mdx:11 → prose = "5 states": is a number typed into the prose, which can go stale or disagree with the data. Fix: print it with <StateCount way="…" status="…" />, which counts the state records. ${allowed}`,
			`ERROR content/explainers/police-networks.mdx:11 → prose = "290 million queries": is a number typed into the prose, which can go stale or disagree with the data. Fix: add it to content/figures.yaml with its source, and print it with <Fact id="…" />. ${allowed}`,
		]);
	});

	it('reports a figure that does not exist, derived or not', () => {
		expect(check('explainer-unknown-figure').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <Fact derived> = "ice-plus-hsi": is not a derived figure. Fix: use one of ice-including-hsi, ice-including-hsi-per-day, hsi-share-of-ice-queries, or add it to src/data/derived-figures.ts',
			'ERROR content/explainers/police-networks.mdx:9 → <Fact id> = "example-querys": is not a figure id in content/figures.yaml. Fix: did you mean "example-queries"? correct the id, or add the figure',
		]);
	});

	it('reports a <Fact> that names no figure', () => {
		expect(check('explainer-fact-without-figure').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <Fact> = {}: needs exactly one of id or derived. Fix: write <Fact id="…" /> for a figure in content/figures.yaml, or <Fact derived="…" /> for a computed one',
		]);
	});

	it('reports an impossible review date in the frontmatter', () => {
		expect(check('explainer-bad-date').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx → lastReviewed = "2025-02-30": is not a real calendar date. Fix: write it as YYYY-MM-DD, e.g. 2025-11-12',
		]);
	});

	it('reports a way explainer whose file name is not its way, which would give it the wrong URL', () => {
		expect(check('explainer-way-mismatch').errors).toEqual([
			"ERROR content/explainers/police-networks.mdx → way = \"data-brokers\": does not match the file name. Fix: a way's explainer is named after it: rename the file data-brokers.mdx, or correct way",
		]);
	});

	it('reports a state list or count asked for with a way or status outside the vocabulary', () => {
		expect(check('explainer-bad-status').errors).toEqual([
			'ERROR content/explainers/police-networks.mdx:9 → <StateCount status> = "blocks": is not a nlets status. Fix: use one of blocked, in-progress, required-by-law, no-known-restriction',
			'ERROR content/explainers/police-networks.mdx:9 → <StatesWithStatus way> = "dmv": is not a way. Fix: use one of dmvSharing, dataBrokers, nlets, licensesForAll',
		]);
	});
});
