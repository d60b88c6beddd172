import { defineConfig } from 'vitest/config';

// Four projects: unit tests need no build; build tests read dist/; rebuild tests run builds of
// their own (of a copy of content/ or a fixture), one file at a time, since concurrent builds share
// Astro's cache; browser tests drive Chromium against dist/ served locally. `npm test` runs unit,
// then builds, then the rest.
export default defineConfig({
	test: {
		// Vitest keeps a core free by default: one worker on a two-core machine. The browser tests spend
		// much of their time waiting on Chromium, so two files at a time use the cores better.
		maxWorkers: '100%',
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node' } },
			{ test: { name: 'rebuild', include: ['tests/rebuild/**/*.test.ts'], environment: 'node', fileParallelism: false } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/serve-dist.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
