// Generates src/schema.ts from the committed snapshot openapi.json (see scripts/snapshot.mjs). Starts nothing.
//   node scripts/generate.mjs           write src/schema.ts
//   node scripts/generate.mjs --check   exit 1 when src/schema.ts is not what the snapshot generates
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import openapiTS, { astToString } from 'openapi-typescript';

const SNAPSHOT = new URL('../openapi.json', import.meta.url);
const SCHEMA = new URL('../src/schema.ts', import.meta.url);
const HEADER = '// Generated from openapi.json by scripts/generate.mjs (openapi-typescript). Do not edit.\n\n';

const document = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const generated = HEADER + astToString(await openapiTS(document, { alphabetize: true }));

if (process.argv.includes('--check')) {
  const current = readFileSync(SCHEMA, 'utf8');
  if (current !== generated) {
    console.error('src/schema.ts is stale: run `npm run generate` in clients/typescript');
    process.exit(1);
  }
  console.log('src/schema.ts matches openapi.json');
} else {
  writeFileSync(SCHEMA, generated);
  console.log(`wrote ${SCHEMA.pathname}`);
}
