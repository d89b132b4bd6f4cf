#!/usr/bin/env node
// Writes the TypeScript view of the two contract documents into src/core/contract/generated/ (or into the folder
// given as the first argument, which is how the test proves the committed files match the contract).
// Usage: npm run contract:types [-- <out-dir>]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCUMENTS = [
  { source: 'contract/pylon-openapi.json', target: 'pylon.ts' },
  { source: 'contract/messages-api.openapi.json', target: 'messages-api.ts' },
];

const OPTIONS = {
  // Two request bodies give a property a default; by default openapi-typescript would then make it required in the
  // component, though clients may leave it out. The runtime schemas only require what `required` lists.
  defaultNonNullable: false,
  // A schema of `type: object` with no properties is free-form in the contract, not an empty object.
  emptyObjectsUnknown: true,
};

export async function generateContractTypes(outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const { source, target } of DOCUMENTS) {
    const document = JSON.parse(readFileSync(join(ROOT, source), 'utf8'));
    const body = astToString(await openapiTS(document, OPTIONS));
    const header = `// Generated from ${source} by \`npm run contract:types\`; do not edit by hand.\n\n`;
    writeFileSync(join(outDir, target), header + body);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, 'src/core/contract/generated');
  await generateContractTypes(outDir);
}
