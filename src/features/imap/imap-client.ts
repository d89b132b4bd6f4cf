import { ImapFlow } from 'imapflow';
import type { ImapMailbox } from './imap-mailbox.repository.js';

/** Time a server has to accept the connection and greet, and to answer any one command. */
const CONNECT_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 60_000;
const MAX_ERROR_LENGTH = 300;

type Server = Pick<ImapMailbox, 'host' | 'port' | 'tls' | 'username' | 'password'>;

/**
 * A logged-in connection to the mailbox's server. Implicit TLS when `tls`, else plain with STARTTLS when the server
 * offers it. No logger (its lines would carry the server's answers) and no IDLE: the poller asks, then logs out.
 */
export async function connectImap(server: Server): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.tls,
    auth: { user: server.username, pass: server.password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  // A connection that fails later emits 'error': without a listener, that would end the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Logs out, or drops the connection when the server does not answer that either. */
export async function disconnectImap(client: ImapFlow): Promise<void> {
  await client.logout().catch(() => client.close());
}

/**
 * What went wrong, fit to store and show an administrator: the server's own words or the network's, never the
 * password (removed should a server repeat it).
 */
export function describeImapError(error: unknown, password: string): string {
  const e = error as { authenticationFailed?: boolean; responseText?: string; code?: string; message?: string };
  let text: string;
  if (e?.authenticationFailed) text = 'Authentication failed: check the username and password';
  else if (e?.responseText) text = `The IMAP server answered: ${e.responseText}`;
  else text = [e?.code, e?.message].filter(Boolean).join(': ') || String(error);
  if (password !== '') text = text.split(password).join('***');
  return text.slice(0, MAX_ERROR_LENGTH);
}
