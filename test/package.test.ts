/**
 * The package as an operator gets it: packed from the built checkout, installed from the tarball into an empty prefix
 * (runtime dependencies only), and run from another folder.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { TEST_DIALECT } from './helpers/database.js';
import { ROOT, tempDir } from './helpers/process.js';

const skip = TEST_DIALECT === 'sqlite' ? false : 'the package is checked once, on the SQLite run';
const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
const SECRET = 'package-test-secret-0123456789';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * What npm needs to reach its registry on this machine, and nothing else of the test's environment: certificate
 * authorities and proxies. Without them, a package missing from npm's cache cannot be fetched.
 */
function networkEnv(): Record<string, string> {
  const wanted = /^(NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|HTTPS?_PROXY|NO_PROXY)$/i;
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => wanted.test(entry[0]) && !!entry[1]),
  );
}

function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH, HOME: process.env.HOME ?? '', ...networkEnv(), ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Packs the checkout as it is built: scripts are skipped, since `prepare` would rebuild dist/ under other tests. */
async function pack(t: TestContext): Promise<{ tarball: string; files: string[]; size: number }> {
  const into = tempDir(t);
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], { cwd: ROOT });
  assert.equal(packed.code, 0, packed.stderr);
  const [report] = JSON.parse(packed.stdout) as { filename: string; size: number; files: { path: string }[] }[];
  return { tarball: join(into, report!.filename), files: report!.files.map((f) => f.path).sort(), size: report!.size };
}

test('npm install on this Node prints no engine warning, and engines asks what the dependencies need', async (t) => {
  const dir = tempDir(t);
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(dir, file));
  const install = await run(
    'npm',
    ['install', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'],
    {
      cwd: dir,
    },
  );
  assert.equal(install.code, 0, install.stderr);
  assert.doesNotMatch(install.stdout + install.stderr, /EBADENGINE/);

  // Every Node version Helpline accepts is one every runtime dependency accepts.
  const { subset } = createRequire(import.meta.url)('semver') as { subset(a: string, b: string): boolean };
  const lock = createRequire(import.meta.url)(join(ROOT, 'package-lock.json')) as {
    packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
  };
  const ours = lock.packages['']!.engines!.node!;
  for (const [path, entry] of Object.entries(lock.packages)) {
    const theirs = entry.engines?.node;
    if (path === '' || entry.dev || !theirs) continue;
    assert.ok(subset(ours, theirs), `${path} needs node ${theirs}; package.json says ${ours}`);
  }
});

test(
  'the tarball holds the built server, its contract, bin, README and LICENSE, and nothing else',
  { skip },
  async (t) => {
    const { files } = await pack(t);
    const server = /^(dist\/.+\.js|bin\/helpline\.js|contract\/[^/]+\.json|package\.json|README\.md|LICENSE)$/;
    // The agent console, built by Vite: its page and its hashed assets.
    const agentConsole = /^dist\/console\/(index\.html|assets\/[\w-]+\.(js|css))$/;
    assert.deepEqual(
      files.filter((file) => !server.test(file) && !agentConsole.test(file)),
      [],
    );
    for (const file of [
      'dist/main.js',
      'dist/console/index.html',
      'bin/helpline.js',
      'contract/pylon-openapi.json',
      'LICENSE',
      'README.md',
    ])
      assert.ok(files.includes(file), file);
    // Every source file is in the package compiled: a tarball packed from a stale build misses one.
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true })
      .map((entry) => String(entry).split('\\').join('/'))
      .filter((path) => /(?<!\.d)\.ts$/.test(path));
    for (const source of sources) assert.ok(files.includes(`dist/${source.replace(/\.ts$/, '.js')}`), source);
  },
);

test('installed from the tarball into an empty prefix, every command works', { skip, timeout: 900_000 }, async (t) => {
  const { tarball } = await pack(t);
  const prefix = tempDir(t);
  const install = await run(
    'npm',
    ['install', '--prefix', prefix, tarball, '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'],
    // Where no prebuilt SQLite driver can be fetched, it is compiled: on every core.
    { cwd: prefix, env: { JOBS: 'max' } },
  );
  assert.equal(install.code, 0, install.stderr);
  // Nothing was built at install time: the compiler is a development dependency and is not there.
  assert.ok(!existsSync(join(prefix, 'node_modules/typescript')), 'no development dependency is installed');
  assert.ok(existsSync(join(prefix, 'node_modules/helpline/dist/main.js')));

  const work = realpathSync(tempDir(t));
  const bin = join(prefix, 'node_modules/.bin/helpline');
  const env = { BOOTSTRAP_API_TOKEN: SECRET, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' };
  const helpline = async (...args: string[]) => {
    const result = await run(bin, args, { cwd: work, env });
    assert.equal(result.code, 0, `${args.join(' ')}: ${result.stderr}`);
    return args.includes('--help') ? result.stdout : JSON.parse(result.stdout);
  };

  assert.match(await helpline('--help'), /restore --from FILE/);
  assert.match(await helpline('token', 'create', '--help'), /^Usage: helpline token create/);
  const server = await serve(t, bin, work, env);
  // The default DATABASE_URL (sqlite:./data/helpline.db) is read from the folder the command runs in.
  assert.match(server.banner(), new RegExp(`Database: SQLite ${join(work, 'data/helpline.db')}`));
  assert.equal((await fetch(`${server.baseUrl}/healthz`)).status, 200);
  const me = await fetch(`${server.baseUrl}/me`, { headers: { authorization: `Bearer ${SECRET}` } });
  assert.equal(me.status, 200);

  assert.deepEqual((await helpline('migrate')).applied, []);
  const ws = await helpline('workspace', 'create', '--name', 'Installed');
  const w = ws.workspace_id;
  await helpline('workspace', 'support-address', '--workspace', w, '--email', 'help@installed.test');
  const bob = await helpline('user', 'create', '--workspace', w, '--email', 'bob@installed.test', '--name', 'Bob');
  assert.equal((await helpline('user', 'deactivate', '--workspace', w, '--user', bob.id)).status, 'deactivated');
  assert.equal((await helpline('user', 'reactivate', '--workspace', w, '--user', bob.id)).status, 'active');
  const token = await helpline('token', 'create', '--workspace', w, '--user', bob.id);
  assert.equal((await helpline('token', 'list', '--workspace', w)).length, 2);
  assert.equal((await helpline('token', 'revoke', '--workspace', w, '--id', token.id)).status, 'revoked');
  const hook = await helpline('webhook', 'create', '--workspace', w, '--url', 'https://example.com/hook');
  assert.deepEqual(
    (await helpline('webhook', 'list', '--workspace', w)).map((e: { id: string }) => e.id),
    [hook.id],
  );
  assert.equal((await helpline('backup', '--to', 'backups/installed.db')).backup, join(work, 'backups/installed.db'));

  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
  assert.equal((await helpline('restore', '--from', 'backups/installed.db')).database, join(work, 'data/helpline.db'));
});

/** Starts the installed `helpline serve` in `cwd` and waits until it listens. */
async function serve(t: TestContext, bin: string, cwd: string, env: Record<string, string>) {
  const child: ChildProcess = spawn(bin, ['serve'], { cwd, env: { PATH, PORT: '0', LOG_LEVEL: 'warn', ...env } });
  t.after(() => child.kill('SIGKILL'));
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      const listening = /listening on (http:\/\/\S+)/.exec(stderr);
      if (listening) resolve(listening[1]!);
    });
    void exited.then(() => reject(new Error(`helpline serve exited:\n${stderr}`)));
  });
  return { child, baseUrl, exited, banner: () => stderr };
}
