import { readFileSync, writeFileSync } from 'fs';

import { contractFile, contractText, deriveGongContract } from '../test/sandbox/gongContract';

/*
 * Writes test/sandbox/gong-contract.json from a copy of Gong's OpenAPI document for the engagement
 * endpoints: `npm run contract:derive -- path/to/gong-engagement-openapi.json` (or set
 * GONG_OPENAPI_PATH). Commit the result; `git diff` shows what Gong changed.
 */

const source = process.argv[2] ?? process.env.GONG_OPENAPI_PATH;
if (!source) {
	console.error('usage: npm run contract:derive -- <Gong OpenAPI JSON> (or set GONG_OPENAPI_PATH)');
	process.exit(2);
}
const contract = deriveGongContract(JSON.parse(readFileSync(source, 'utf8')));
const target = contractFile();
writeFileSync(target, contractText(contract));
console.log(`wrote ${target} from ${source}`);
