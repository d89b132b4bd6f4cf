import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Deps } from '../../core/deps.js';
import { AppError } from '../../core/errors.js';
import { receiveInboundEmail, workspaceForAddress } from './inbound-email.js';

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((a) => a.value.map((v) => v.address ?? ''))
    .filter(Boolean);

const messageIds = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : [])
    .map((id) => id.trim())
    .filter((id) => /^<[^<>\s]+>$/.test(id));

/**
 * The built-in SMTP listener: mail to a workspace's support address becomes an issue or a reply. Unknown
 * recipients are refused at RCPT (550), oversized mail with 552 and unparseable mail with 554; nothing of a refused
 * message is stored.
 */
export async function startInboundSmtp(
  deps: Deps,
  options: { host: string; port: number; maxBytes: number; log: FastifyBaseLogger },
) {
  const server = new SMTPServer({
    name: 'helpline',
    banner: 'Helpline',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    async onRcptTo(address, _session, callback) {
      try {
        if (await workspaceForAddress(deps, address.address)) return callback();
        callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
      } catch {
        callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
      }
    },
    onData(stream, session, callback) {
      simpleParser(stream, { maxHtmlLengthToParse: options.maxBytes })
        .then(async (mail) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded)
            throw smtpError(552, `5.3.4 Message too big (at most ${options.maxBytes} bytes)`);
          const from = Array.isArray(mail.from) ? mail.from[0] : mail.from;
          const sender = from?.value[0];
          if (!sender?.address) throw smtpError(554, '5.6.0 Malformed message: no From address');
          const stored = await receiveInboundEmail(deps, {
            recipients: session.envelope.rcptTo.map((r) => r.address),
            from: { address: sender.address, name: sender.name || undefined },
            to: addresses(mail.to),
            cc: addresses(mail.cc),
            subject: mail.subject ?? '',
            html: typeof mail.html === 'string' ? mail.html : undefined,
            text: mail.text,
            messageId: messageIds(mail.messageId)[0],
            inReplyTo: messageIds(mail.inReplyTo)[0],
            references: messageIds(mail.references),
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? 'attachment',
              contentType: a.contentType,
              content: a.content,
            })),
          });
          callback(null, `2.0.0 Filed as message ${stored.messageId}`);
        })
        .catch((error: unknown) => {
          if ((error as { responseCode?: number }).responseCode) return callback(error as Error);
          if (error instanceof AppError && error.status < 500)
            return callback(smtpError(554, `5.6.0 ${error.message}`));
          options.log.error({ err: error }, 'inbound email failed');
          callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
        });
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
