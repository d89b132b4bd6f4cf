import { connect, type AddressInfo } from 'node:net';
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

export interface SmtpReply {
  code: number;
  text: string;
}

/**
 * A bare SMTP session on 127.0.0.1, for what nodemailer does not do: read every reply as the server words it, and
 * stream a message of any size without holding it (chunks are sent as they come, waiting for the socket to drain).
 */
export async function smtpSession(port: number) {
  const socket = connect(port, '127.0.0.1');
  const waiting: { resolve: (reply: SmtpReply) => void; reject: (error: Error) => void }[] = [];
  let closed = false;
  const ready: SmtpReply[] = [];
  let pending = '';
  let lines: string[] = [];
  socket.setEncoding('latin1');
  socket.on('error', () => undefined);
  socket.on('data', (text: string) => {
    pending += text;
    let end: number;
    while ((end = pending.indexOf('\r\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 2);
      lines.push(line.slice(4));
      if (line[3] === '-') continue;
      const reply = { code: Number(line.slice(0, 3)), text: lines.join('\n') };
      lines = [];
      const next = waiting.shift();
      if (next) next.resolve(reply);
      else ready.push(reply);
    }
  });
  socket.once('close', () => {
    closed = true;
    for (const next of waiting.splice(0)) next.reject(new Error('SMTP connection closed'));
  });
  const nextReply = () =>
    new Promise<SmtpReply>((resolve, reject) => {
      const reply = ready.shift();
      if (reply) return resolve(reply);
      if (closed) return reject(new Error('SMTP connection closed'));
      waiting.push({ resolve, reject });
    });
  const write = (chunk: string | Buffer) =>
    new Promise<void>((resolve, reject) => {
      if (closed) return reject(new Error('SMTP connection closed'));
      if (socket.write(chunk)) return resolve();
      const done = () => {
        socket.off('drain', done).off('close', done);
        if (closed) reject(new Error('SMTP connection closed'));
        else resolve();
      };
      socket.on('drain', done).on('close', done);
    });
  const greeting = await nextReply();
  return {
    greeting,
    async command(line: string): Promise<SmtpReply> {
      await write(`${line}\r\n`);
      return nextReply();
    },
    /** DATA, then the message (no line of it may start with a dot), then the end mark: the server's last reply. */
    async data(message: Iterable<Buffer | string> | AsyncIterable<Buffer | string>): Promise<SmtpReply> {
      const go = await this.command('DATA');
      if (go.code !== 354) return go;
      for await (const chunk of message) await write(chunk);
      await write('\r\n.\r\n');
      return nextReply();
    },
    close: () => socket.destroy(),
  };
}

/** One message through a fresh session: EHLO, MAIL FROM, every RCPT TO, DATA; the reply to the message. */
export async function sendRawMessage(
  port: number,
  envelope: { from: string; to: string[] },
  message: Iterable<Buffer | string> | AsyncIterable<Buffer | string>,
): Promise<SmtpReply> {
  const session = await smtpSession(port);
  try {
    await session.command('EHLO client.test');
    const mail = await session.command(`MAIL FROM:<${envelope.from}>`);
    if (mail.code !== 250) return mail;
    for (const to of envelope.to) await session.command(`RCPT TO:<${to}>`);
    return await session.data(message);
  } finally {
    session.close();
  }
}
