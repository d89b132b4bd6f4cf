import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Deps } from '../../core/deps.js';
import { AppError } from '../../core/errors.js';
import { receiveInboundEmail, workspaceForAddress } from './inbound-email.js';
import { parseInboundEmail, receiveData, UnfileableMessage } from './inbound-parse.js';

/** Recipients one message may have: the least RFC 5321 lets a server take; the next ones are answered with 452. */
const MAX_RECIPIENTS = 100;

/**
 * Unknown recipients one connection may try (Postfix's smtpd_hard_error_limit is 20 too). Refused recipients do
 * not count towards `MAX_RECIPIENTS`, yet each costs a look-up: past the limit, RCPT is refused without one.
 */
const MAX_UNKNOWN_RECIPIENTS = 20;

/**
 * The answer to every message taken: whether it opened an issue, joined one or repeated a Message-ID already filed
 * is not told, nor any id, so the listener cannot be used to learn about other people's conversations.
 */
const ACCEPTED = 'OK: message queued';
const TEMPORARY_FAILURE = '4.3.0 Temporary failure, try again later';

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

type Options = { host: string; port: number; maxBytes: number; maxClients: number; log: FastifyBaseLogger };

/** Reads, parses and files one message; what it throws is what the sender is told instead of `ACCEPTED`. */
async function fileMessage(deps: Deps, options: Options, stream: SMTPServerDataStream, session: SMTPServerSession) {
  const data = await receiveData(stream, options.maxBytes);
  if (data.oversized) throw new UnfileableMessage(`5.3.4 Message too big (at most ${options.maxBytes} bytes)`, 552);
  const recipients = session.envelope.rcptTo.map((r) => r.address);
  const email = await parseInboundEmail(data.raw, recipients, options.maxBytes);
  await receiveInboundEmail(deps, email);
}

/** The SMTP answer to a message that was not filed: permanent when sending it again cannot help. */
function refusalFor(error: unknown, log: FastifyBaseLogger): Error {
  if (error instanceof UnfileableMessage) return smtpError(error.responseCode, error.message);
  // The sender hung up mid-message: nobody is left to answer.
  if ((error as { code?: string }).code === 'ECONNECTION') return smtpError(451, TEMPORARY_FAILURE);
  if (error instanceof AppError && error.status < 500) {
    log.info({ reason: error.message }, 'inbound email refused');
    return smtpError(554, '5.6.0 Message refused: it cannot be filed');
  }
  log.error({ err: error }, 'inbound email failed');
  return smtpError(451, TEMPORARY_FAILURE);
}

/**
 * The built-in SMTP listener: mail to a workspace's support address becomes an issue or a reply. Unknown
 * recipients are refused at RCPT (550). A message is read only up to `maxBytes` (announced with SIZE; a larger
 * declared SIZE is refused at MAIL FROM): past it the rest is discarded unread and the answer is 552. Mail that can
 * never be filed (unparseable, too many or too deeply nested MIME parts, no From address) is refused with 554; a
 * failure of the server itself with 451, for the sender to try again. Nothing of a refused message is stored.
 */
export async function startInboundSmtp(deps: Deps, options: Options) {
  // The session object lives as long as its connection.
  const unknownRecipients = new WeakMap<SMTPServerSession, number>();
  const server = new SMTPServer({
    name: 'helpline',
    banner: 'Helpline',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    // Memory is bounded by connections × maxBytes: past the cap a new connection is told to come back later (421).
    maxClients: options.maxClients,
    maxRecipients: MAX_RECIPIENTS,
    logger: false,
    async onRcptTo(address, session, callback) {
      const unknown = unknownRecipients.get(session) ?? 0;
      if (unknown >= MAX_UNKNOWN_RECIPIENTS)
        return callback(smtpError(550, '5.7.1 Too many unknown recipients on this connection'));
      try {
        if (await workspaceForAddress(deps, address.address)) return callback();
        unknownRecipients.set(session, unknown + 1);
        callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
      } catch {
        callback(smtpError(451, TEMPORARY_FAILURE));
      }
    },
    onData(stream, session, callback) {
      fileMessage(deps, options, stream, session).then(
        () => callback(null, ACCEPTED),
        (error: unknown) => callback(refusalFor(error, options.log)),
      );
    },
  });
  server.on('error', (error) => options.log.warn({ err: error }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
