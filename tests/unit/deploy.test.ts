import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

interface Step {
	readonly id?: string;
	readonly name?: string;
	readonly uses?: string;
	readonly run?: string;
	readonly if?: string;
	readonly with?: Record<string, string>;
	readonly env?: Record<string, string>;
}
interface Job {
	readonly if?: string;
	readonly needs?: string | string[];
	readonly permissions?: Record<string, string>;
	readonly environment?: { readonly name: string; readonly url: string };
	readonly steps: Step[];
}

const deploy = parse(read('.github/workflows/deploy.yml')) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
const ci = parse(read('.github/workflows/ci.yml')) as { name: string };
const build = deploy.jobs['build'];
const publish = deploy.jobs['deploy'];
const stepUsing = (job: Job | undefined, action: string) => job?.steps.find((step) => step.uses?.startsWith(`${action}@`));
const indexOf = (job: Job | undefined, step: Step | undefined) => (job && step ? job.steps.indexOf(step) : -1);

describe('the GitHub Pages deploy workflow', () => {
	it('runs when CI completes on main, and builds only a push whose tests passed', () => {
		expect(deploy.on).toEqual({ workflow_run: { workflows: [ci.name], types: ['completed'], branches: ['main'] } });
		expect(build?.if).toContain("github.event.workflow_run.conclusion == 'success'");
		expect(build?.if).toContain("github.event.workflow_run.event == 'push'");
		expect(stepUsing(build, 'actions/checkout')?.with?.['ref']).toBe('${{ github.event.workflow_run.head_sha }}');
	});

	it('builds with SITE_URL from the Pages environment, after checking that Pages serves the site at a root', () => {
		const pages = stepUsing(build, 'actions/configure-pages');
		expect(pages?.id).toBe('pages');
		const check = build?.steps.find((step) => step.env?.['BASE_PATH'] === '${{ steps.pages.outputs.base_path }}');
		expect(check?.run).toContain('exit 1');
		const buildStep = build?.steps.find((step) => step.run === 'npm run build');
		expect(buildStep?.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.base_url }}');
		const install = build?.steps.find((step) => step.run === 'npm ci');
		expect(indexOf(build, pages)).toBeLessThan(indexOf(build, check));
		expect(indexOf(build, check)).toBeLessThan(indexOf(build, install));
		expect(indexOf(build, install)).toBeLessThan(indexOf(build, buildStep));
	});

	it('uploads dist/ as the Pages artifact, and a second job deploys it with only the rights it needs', () => {
		const upload = stepUsing(build, 'actions/upload-pages-artifact');
		expect(upload?.with?.['path']).toBe('dist');
		expect(indexOf(build, upload)).toBe((build?.steps.length ?? 0) - 1);
		expect(deploy.permissions).toEqual({ contents: 'read' });
		expect(publish?.needs).toBe('build');
		expect(publish?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(publish?.environment?.name).toBe('github-pages');
		expect(stepUsing(publish, 'actions/deploy-pages')?.id).toBe('deployment');
		expect(publish?.environment?.url).toBe('${{ steps.deployment.outputs.page_url }}');
	});
});

describe('netlify.toml', () => {
	const toml = read('netlify.toml');

	it('builds with Netlify’s own address as SITE_URL and publishes dist/', () => {
		expect(toml).toMatch(/^\s*command = "SITE_URL=\$URL npm run build"$/m);
		expect(toml).toMatch(/^\s*publish = "dist"$/m);
	});

	it('lets any site frame the map frame, and only it, with one policy and no X-Frame-Options', () => {
		const rules = toml.split('[[headers]]').slice(1);
		expect(rules.map((rule) => /for = "([^"]+)"/.exec(rule)?.[1])).toEqual(['/embed/map/*']);
		expect(rules[0]).toMatch(/Content-Security-Policy = "frame-ancestors \*; /);
		expect(rules[0]).not.toMatch(/X-Frame-Options|frame-ancestors 'none'/);
	});
});
