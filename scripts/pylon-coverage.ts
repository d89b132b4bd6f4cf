/** Writes the README's Pylon coverage table from the contract and the served routes: `npm run coverage:readme`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { coverageTable, withCoverageTable } from '../src/surfaces/api/coverage.js';
import { loadApiRoutes } from '../src/surfaces/api/routes.js';

const README = new URL('../README.md', import.meta.url);
const routes = (await loadApiRoutes()).filter((route) => !route.testControl);
writeFileSync(README, withCoverageTable(readFileSync(README, 'utf8'), coverageTable(routes)));
