/**
 * Prism, the stateless mock an integration developer would otherwise test against, mocking the Messages contract.
 * It is not a dependency of Helpline: the benchmark installs it into node_modules/.cache the first time it runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startProcess, type Started } from './processes.js';

const VERSION = '5.16.0';
const HOME = join(ROOT, 'node_modules/.cache/helpline-bench/prism');
const BIN = join(HOME, 'node_modules/@stoplight/prism-cli/dist/index.js');

/** Installs Prism when it is missing; undefined (and why) when it cannot be installed. */
export function ensurePrism(): string | undefined {
  if (existsSync(BIN)) return undefined;
  mkdirSync(HOME, { recursive: true });
  process.stderr.write(`Installing @stoplight/prism-cli@${VERSION} for the comparison …\n`);
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', HOME, '--no-save', '--no-audit', '--no-fund', `@stoplight/prism-cli@${VERSION}`],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (npm.status !== 0 || !existsSync(BIN)) return `npm install failed: ${npm.stderr.slice(-500)}`;
  return undefined;
}

/** `prism mock` of the Messages contract on a free port, one process (no multiprocess mode). */
export async function startPrism(port: number): Promise<Started & { base: string }> {
  const started = await startProcess(
    process.execPath,
    [BIN, 'mock', '-h', '127.0.0.1', '-p', String(port), join(ROOT, 'contract/messages-api.openapi.json')],
    {},
    /Prism is listening on (http:\/\/\S+)/,
  );
  return { ...started, base: `http://127.0.0.1:${port}` };
}
