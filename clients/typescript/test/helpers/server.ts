import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's built server: these tests talk to the real thing over HTTP. */
const MAIN = fileURLToPath(new URL('../../../../dist/main.js', import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface LiveServer {
  url: string;
  /** The admin token of the workspace created on first start. */
  token: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Every per-endpoint rate limit is multiplied by this. */
  rateLimitMultiplier?: number;
}

/** Resolves with the base URL once the server says where it listens, on stdout or stderr. */
function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}; server output:\n${output}`));
    };
    const timer = setTimeout(() => fail(`no "listening on" within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => fail(`the server exited (${code ?? signal}) before listening`));
  });
}

/** Starts Helpline on a fresh SQLite file and a free port, with a known token. */
export async function startServer(options: ServerOptions = {}): Promise<LiveServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` at the repository root first`);
  const dir = mkdtempSync(join(tmpdir(), 'helpline-client-'));
  const token = `hl_test_${randomBytes(16).toString('hex')}`;
  // A clean environment: a DATABASE_URL or REDIS_URL of the calling shell must not reach this server.
  const env = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: `sqlite:${join(dir, 'h.db')}`,
    BOOTSTRAP_API_TOKEN: token,
    RATE_LIMIT_MULTIPLIER: String(options.rateLimitMultiplier ?? 1),
    LOG_LEVEL: 'warn',
    // The client covers the test controls too: the server that serves them is the one whose document it mirrors.
    TEST_CONTROLS: 'true',
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await waitForListening(child);
    // Keep reading, so a chatty server never blocks on a full pipe.
    child.stdout?.resume();
    child.stderr?.resume();
    return { url, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
