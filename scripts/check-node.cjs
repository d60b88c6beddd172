/**
 * Stops npm ci and every npm script on a Node.js older than package.json's engines.node, with the fix
 * README gives. Plain CommonJS with no newer syntax, so that the old Node it refuses can run it.
 */
'use strict';

const { readFileSync } = require('fs');
const { join } = require('path');

/** README's one-line fix (its "Quick start" section shows the same line). */
const FIX = 'npm install --prefix ~/.cache/node24 node@24 && export PATH="$HOME/.cache/node24/node_modules/.bin:$PATH"';

/** The message for a Node.js version below `minimum` (">=22.12" as engines.node writes it), or null when it is new enough. */
function checkNode(version, minimum) {
	const wanted = /^>=\s*(\d+)\.(\d+)/.exec(minimum);
	if (!wanted) throw new Error('package.json engines.node must read ">=MAJOR.MINOR", not "' + minimum + '"');
	const have = version.replace(/^v/, '').split('.').map(Number);
	const need = [Number(wanted[1]), Number(wanted[2])];
	if (have[0] > need[0] || (have[0] === need[0] && have[1] >= need[1])) return null;
	return [
		'This project needs Node.js ' + need.join('.') + ' or newer (Astro 7); this is Node.js ' + version + '.',
		'Fix it with this line (README, "Quick start"), then run the command again:',
		'',
		'  ' + FIX,
		'',
		'Or, with nvm: nvm install && nvm use (.nvmrc names Node 24).',
	].join('\n');
}

if (require.main === module) {
	const { engines } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
	const message = checkNode(process.version, engines.node);
	if (message) {
		process.stderr.write('\n' + message + '\n\n');
		process.exit(1);
	}
}

module.exports = { checkNode, FIX };
