import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { localePath, pathLocale, stripLocale, useTranslations } from '../../src/i18n/index.ts';

/** Strings that are the same word in both languages: names and abbreviations, and a pattern with no words. */
const SAME_IN_BOTH = new Set(['routes.dmv', 'routes.ice', 'map.count']);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the Spanish UI strings', () => {
	it('have every English key and no other', () => {
		expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
	});

	it('are translated: none is left in English, but for names that are the same in both', () => {
		const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter((key) => es[key] === en[key] && !SAME_IN_BOTH.has(key));
		expect(untranslated).toEqual([]);
	});

	it('fill the same {placeholders} as the English, so no fact goes missing from a sentence', () => {
		const differ = (Object.keys(en) as (keyof typeof en)[]).filter((key) => placeholders(es[key]).join() !== placeholders(en[key]).join());
		expect(differ).toEqual([]);
	});
});

describe('useTranslations', () => {
	const english = useTranslations('en');
	const spanish = useTranslations('es');

	it('reads the page’s language, and English for anything else', () => {
		expect(spanish.t('nav.map')).toBe(es['nav.map']);
		expect(useTranslations(undefined).t('nav.map')).toBe(en['nav.map']);
		expect(useTranslations('fr').locale).toBe('en');
		expect(spanish.tf('state.title', { state: 'Oregón' })).toContain('Oregón');
		expect(() => spanish.dynamic('no.such.key')).toThrow('No UI string "no.such.key" in es');
	});

	it('writes dates, lists and figures as each language does', () => {
		expect(english.formatDate('2025-11-12')).toBe('November 12, 2025');
		expect(spanish.formatDate('2025-11-12')).toBe('12 de noviembre de 2025');
		expect(spanish.formatMonthYear('2025-11-12')).toBe('noviembre de 2025');
		expect(spanish.joinNames(['Illinois', 'Nueva York', 'Oregón'])).toBe('Illinois, Nueva York y Oregón');
		expect(spanish.formatFigure({ value: 290_000_000, unit: 'count', approximation: 'over' })).toBe('más de 290 millones');
		expect(spanish.formatFigure({ value: 1_000_000, unit: 'count', approximation: 'exact' })).toBe('1 millón');
		expect(spanish.formatFigure({ value: 1_500_000_000, unit: 'count', approximation: 'about' })).toBe('alrededor de 1.5 mil millones');
		expect(spanish.formatFigure({ value: 18_000, unit: 'count', approximation: 'nearly' }, { capitalize: true })).toBe('Casi 18,000');
		expect(spanish.formatFigure({ value: 1 / 3, unit: 'share', approximation: 'at-least' })).toBe('al menos 1 de cada 3');
		expect(english.formatFigure({ value: 1 / 3, unit: 'share', approximation: 'at-least' })).toBe('at least 1 in 3');
	});

	it('puts a path in the page’s language, and takes it out again', () => {
		expect(spanish.path('/states/or/')).toBe('/es/states/or/');
		expect(english.path('/es/states/or/')).toBe('/states/or/');
		expect(localePath('/', 'es')).toBe('/es/');
		expect(stripLocale('/es/')).toBe('/');
		expect(pathLocale('/es/map/')).toBe('es');
		expect(pathLocale('/estados/')).toBe('en');
	});
});

describe('where the words come from', () => {
	const root = join(import.meta.dirname, '../../src');
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? files(join(dir, entry)) : [join(dir, entry)]));

	it('no component or module outside src/i18n/ imports a language file: they all go through useTranslations', () => {
		const importers = files(root)
			.filter((file) => !relative(root, file).startsWith('i18n'))
			.filter((file) => /from ['"][./]*(?:i18n\/)?(?:en|es)\.ts['"]/.test(readFileSync(file, 'utf8')))
			.map((file) => relative(root, file));
		expect(importers).toEqual([]);
	});
});
