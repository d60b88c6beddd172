declare namespace App {
	interface Locals {
		/** Each source's citation number on the page being rendered, set by ExplainerLayout for <Cite> and <Fact>. */
		citationNumbers?: ReadonlyMap<string, number>;
	}
}

/** The generated palette stylesheet (src/integrations/palette-css.ts). */
declare module 'virtual:palette.css';
