import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves the built dist/ on localhost with `astro preview` for the browser tests: on PREVIEW_PORT, or a free port. */
export default async function serveDist(project: TestProject) {
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	const port = Number(process.env.PREVIEW_PORT ?? 0);
	const server = await preview({ root: project.config.root, server: { host: '127.0.0.1', port }, logLevel: 'error' });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	return async () => server.stop();
}
