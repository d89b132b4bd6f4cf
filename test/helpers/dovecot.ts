import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { ImapFlow } from 'imapflow';

const DOVECOT_PATHS = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];

/** The dovecot binary, or undefined when it is not installed (the IMAP tests are then skipped, saying so). */
export const DOVECOT_BINARY: string | undefined =
  DOVECOT_PATHS.find((path) => existsSync(path)) ??
  (spawnSync('sh', ['-c', 'command -v dovecot'], { encoding: 'utf8' }).stdout.trim() || undefined);

export const SKIP_WITHOUT_DOVECOT = DOVECOT_BINARY
  ? false
  : 'dovecot is not installed (apt-get install -y dovecot-imapd): the IMAP tests need a real IMAP server';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('data', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Who runs the mail processes: as root, Dovecot's own users; otherwise everything runs as the caller. */
function processUsers(): { internal: string; login: string; mail: string } {
  if (process.getuid?.() !== 0) {
    const me = userInfo().username;
    return { internal: me, login: me, mail: me };
  }
  return { internal: 'dovecot', login: 'dovenull', mail: 'dovecot' };
}

function writeConfig(dir: string, port: number): void {
  const users = processUsers();
  const conf = `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/run/state
log_path = /dev/null
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${users.internal}
default_login_user = ${users.login}
first_valid_uid = 0
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${users.mail} gid=${users.mail} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
`;
  writeFileSync(join(dir, 'dovecot.conf'), conf);
}

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Puts a raw RFC 5322 message into the user's folder (INBOX by default), as a mail server delivering it would. */
  append(raw: string | Buffer, folder?: string): Promise<{ uid: number }>;
  /** Stops the server (also done after the test). */
  stop(): Promise<void>;
}

/**
 * A private Dovecot on a free 127.0.0.1 port: its config, passwd file and maildir in a temporary folder, plaintext
 * login allowed (loopback only), one user with a random password. Stopped and removed after the test.
 */
export async function startDovecot(t: TestContext): Promise<Dovecot> {
  if (!DOVECOT_BINARY) throw new Error(String(SKIP_WITHOUT_DOVECOT));
  const dir = mkdtempSync(join(tmpdir(), 'helpline-dovecot-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'run'));
  mkdirSync(join(dir, 'mail'));
  if (process.getuid?.() === 0) {
    const uid = Number(spawnSync('id', ['-u', 'dovecot'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'dovecot'], { encoding: 'utf8' }).stdout.trim());
    chownSync(join(dir, 'mail'), uid, gid);
  }
  const user = 'support';
  const password = randomBytes(12).toString('hex');
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  const port = await freePort();
  writeConfig(dir, port);
  const child: ChildProcess = spawn(DOVECOT_BINARY, ['-F', '-c', join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  t.after(stop);
  // Should the test process end without its after-hooks (killed, or a crash), the server goes with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  void exit.then(() => process.off('exit', orphaned));
  const deadline = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) throw new Error(`dovecot did not start: ${stderr.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async append(raw, folder = 'INBOX') {
      const auth = { user, pass: password };
      const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth, logger: false });
      await client.connect();
      try {
        const appended = await client.append(folder, raw);
        if (!appended || appended.uid === undefined) throw new Error('APPEND did not answer a UID');
        return { uid: appended.uid };
      } finally {
        await client.logout();
      }
    },
    stop,
  };
}
