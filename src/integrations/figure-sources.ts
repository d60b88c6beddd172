import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { deriveFigures, isDerivedFigureId } from '../data/derived-figures.ts';
import { FigureSchema } from '../schemas/figure.ts';
import type { FigureSources } from './fact-citations.ts';

/**
 * The sources of each figure in content/figures.yaml, and of each derived figure, for the MDX plugin that
 * places a figure's citation markers (fact-citations.ts). Read on first use, from CONTENT_DIR when the build
 * reads a fixture, as content.config.ts does. An unknown figure stops the build with its id and the file.
 */
export function loadFigureSources(contentDir = process.env.CONTENT_DIR ?? fileURLToPath(new URL('../../content/', import.meta.url))): FigureSources {
	const file = join(contentDir, 'figures.yaml');
	let figures: Map<string, z.infer<typeof FigureSchema>> | undefined;
	let derived: ReturnType<typeof deriveFigures> | undefined;
	return ({ id, derived: derivedId }) => {
		figures ??= new Map(z.array(FigureSchema).parse(parse(readFileSync(file, 'utf8'))).map((figure) => [figure.id, figure]));
		if (derivedId !== undefined) {
			if (!isDerivedFigureId(derivedId)) throw new Error(`<Fact derived="${derivedId}">: no such derived figure in src/data/derived-figures.ts`);
			derived ??= deriveFigures(figures);
			return derived.get(derivedId)?.sources ?? [];
		}
		const figure = figures.get(id ?? '');
		if (!figure) throw new Error(`<Fact id="${id}">: no such figure in ${file}`);
		return figure.sources;
	};
}
