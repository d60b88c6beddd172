import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const { checkNode, FIX } = createRequire(import.meta.url)('../../scripts/check-node.cjs') as {
	checkNode: (version: string, minimum: string) => string | null;
	FIX: string;
};
const { engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('scripts/check-node.cjs', () => {
	it('refuses a Node.js older than engines.node, naming the version needed and README’s one-line fix', () => {
		const message = checkNode('v20.20.2', '>=22.12');
		expect(message).toContain('needs Node.js 22.12 or newer');
		expect(message).toContain('this is Node.js v20.20.2');
		expect(message).toContain(FIX);
		expect(checkNode('v22.11.0', '>=22.12')).not.toBeNull();
	});

	it('lets Node.js of engines.node and newer through', () => {
		for (const version of ['v22.12.0', 'v22.20.1', 'v24.0.0', 'v30.1.2']) expect(checkNode(version, '>=22.12'), version).toBeNull();
		expect(checkNode(process.version, engines.node)).toBeNull();
	});

	it('gives the fix README gives', () => {
		expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(FIX);
	});

	it('runs before npm ci installs and before each script that needs the new Node', () => {
		const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		expect(scripts['preinstall']).toBe('node scripts/check-node.cjs');
		// A script checks first, or starts with another script that does.
		const checksFirst = (name: string): boolean => {
			const first = scripts[name]?.split(' && ')[0] ?? '';
			const delegate = /^npm run ([\w:]+)$/.exec(first)?.[1];
			return first === 'node scripts/check-node.cjs' || (delegate !== undefined && checksFirst(delegate));
		};
		for (const name of Object.keys(scripts)) expect(checksFirst(name), name).toBe(true);
		expect(spawnSync(process.execPath, [join(ROOT, 'scripts/check-node.cjs')]).status).toBe(0);
	});
});
