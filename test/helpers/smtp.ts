import type { AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on 127.0.0.1 that keeps what it receives; `refuse` answers the next N messages with 451. */
export async function startMailCatcher(t: TestContext) {
  const mails: { parsed: ParsedMail; envelopeTo: string[] }[] = [];
  let refuse = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        if (refuse > 0) {
          refuse--;
          return callback(Object.assign(new Error('4.3.0 try later'), { responseCode: 451 }));
        }
        mails.push({ parsed, envelopeTo: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    refuseNext: (n: number) => (refuse = n),
    async waitFor(count: number, ms = 10_000) {
      const deadline = Date.now() + ms;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`mail catcher: ${mails.length} of ${count} mails`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return mails;
    },
  };
}

/** A nodemailer client for Helpline's inbound listener. */
export function smtpClient(port: number) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
}
