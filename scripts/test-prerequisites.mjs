#!/usr/bin/env node
// The Debian programs the test suite drives as real peers: Chromium for the console's browser tests (test/e2e/,
// through playwright-core) and Dovecot for the IMAP tests (test/helpers/dovecot.ts starts its own; only the binary
// is needed). `npm test` runs this first: a missing one is installed with apt-get when this user may (root on a
// Debian machine, as CI is); otherwise it says what to install, and the tests that need it fail saying the same.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { pkg: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'dovecot-imapd', present: () => existsSync('/usr/sbin/dovecot') },
];
const missing = needed.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canInstall) {
  console.error(`The tests need ${missing.join(' and ')}: install with  sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
console.log(`Installing ${missing.join(', ')} for the tests (apt-get)`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
if (!run(['install', '-y', '-q', ...missing]) && !(run(['update', '-q']) && run(['install', '-y', '-q', ...missing]))) {
  console.error(`apt-get could not install ${missing.join(' ')}`);
  process.exit(1);
}
