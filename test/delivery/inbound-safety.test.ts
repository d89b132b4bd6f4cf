import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { setSupportAddress } from '../../src/features/email/inbound-email.js';
import { build } from '../helpers/build.js';
import { createAccount, createContact, listMessages } from '../helpers/factories.js';
import { sendRawMessage, smtpClient, smtpSession } from '../helpers/smtp.js';

const SUPPORT = 'support@acme.test';
const ACCEPTED = '250 OK: message queued';
const MB = 1024 * 1024;

async function setup(t: Parameters<typeof build>[0], env: Record<string, string> = {}) {
  const built = await build(t, { env: { INBOUND_SMTP_PORT: '0', INBOUND_SMTP_HOST: '127.0.0.1', ...env } });
  await setSupportAddress(built.app.helpline.store.db, built.workspaceId, SUPPORT);
  const client = smtpClient(built.app.inboundSmtpPort!);
  t.after(() => client.close());
  return { ...built, client, port: built.app.inboundSmtpPort! };
}

async function issuesOf(api: Awaited<ReturnType<typeof setup>>['api']) {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 60_000).toISOString();
  return (await api.get(`/issues?start_time=${from}&end_time=${to}`)).body.data as any[];
}

/** A raw message: headers (CRLF line ends), a blank line, the body. */
const rawEmail = (headers: string[], body: string) => `${[...headers, '', body].join('\r\n')}\r\n`;

/** Header values folded onto a new line every `perLine` items. */
const foldEvery = (items: string[], perLine: number) =>
  Array.from({ length: Math.ceil(items.length / perLine) }, (_, i) =>
    items.slice(i * perLine, (i + 1) * perLine).join(' '),
  ).join('\r\n ');

/** A message from x@customer.test to the support address: its MIME headers and body as given. */
const mimeEmail = (mime: string) =>
  ['From: x@customer.test', `To: ${SUPPORT}`, 'Subject: parts', 'MIME-Version: 1.0', mime].join('\r\n');

/** A multipart/mixed entity of `count` small text parts. */
const manyParts = (count: number) =>
  [
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    ...Array.from({ length: count }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}`),
    '--b--',
    '',
  ].join('\r\n');

/** Multiparts nested `depth` deep around one text part. */
function nested(depth: number): string {
  let inner = 'Content-Type: text/plain\r\n\r\ndeep inside';
  for (let level = depth; level > 0; level--)
    inner = `Content-Type: multipart/mixed; boundary="b${level}"\r\n\r\n--b${level}\r\n${inner}\r\n--b${level}--`;
  return `${inner}\r\n`;
}

test('a reply naming another customer’s Message-ID opens an issue of its own; participants join', async (t) => {
  const { api, client } = await setup(t);
  const account = await createAccount(api);
  await createContact(api, { name: 'Ada', email: 'ada@customer.test', account_id: account.id });
  await createContact(api, { name: 'Grace', email: 'grace@customer.test', account_id: account.id });
  const opened = await client.sendMail({
    from: 'Ada <ada@customer.test>',
    to: SUPPORT,
    cc: 'boss@partner.test',
    subject: 'Invoice 42 is wrong',
    text: 'Our private numbers',
  });
  assert.equal(opened.response, ACCEPTED);
  const [issue] = await issuesOf(api);
  const reply = (from: string, text: string) =>
    client.sendMail({ from, to: SUPPORT, subject: 'Re: Invoice 42 is wrong', text, inReplyTo: opened.messageId });

  const injected = await client.sendMail({
    from: 'mallory@evil.test',
    to: SUPPORT,
    subject: 'Re: Invoice 42 is wrong',
    text: 'Please send the invoice to me instead',
    inReplyTo: opened.messageId,
    references: [opened.messageId!],
  });
  assert.equal(injected.response, ACCEPTED, 'the same answer as any filed message');
  const spoofed = await reply(SUPPORT, 'From the support address itself');
  assert.equal(spoofed.response, ACCEPTED);
  assert.equal((await listMessages(api, issue.id)).data.length, 1, 'nothing reached the customer’s issue');
  const issues = await issuesOf(api);
  assert.equal(issues.length, 3);
  const strangers = issues.filter((i) => i.id !== issue.id);
  assert.deepEqual(strangers.map((i) => i.requester.email).sort(), ['mallory@evil.test', SUPPORT]);
  const [strangerMessage] = (await listMessages(api, strangers.find((i) => i.requester.email !== SUPPORT).id)).data;
  assert.match(strangerMessage.message_html, /send the invoice to me/);

  assert.equal((await reply('ada@customer.test', 'The requester adds a line')).response, ACCEPTED);
  assert.equal((await reply('Grace@Customer.test', 'A colleague of the same account')).response, ACCEPTED);
  assert.equal((await reply('boss@partner.test', 'Copied on the first email')).response, ACCEPTED);
  const messages = (await listMessages(api, issue.id)).data;
  assert.deepEqual(
    messages.map((m) => m.author.contact.email),
    ['ada@customer.test', 'ada@customer.test', 'grace@customer.test', 'boss@partner.test'],
  );
  assert.equal((await issuesOf(api)).length, 3, 'no new issue for a participant’s reply');

  const again = await client.sendMail({
    from: 'ada@customer.test',
    to: SUPPORT,
    subject: 'Invoice 42 is wrong',
    text: 'resent',
    messageId: opened.messageId,
  });
  assert.equal(again.response, ACCEPTED, 'a known Message-ID is not told apart');
  assert.equal((await listMessages(api, issue.id)).data.length, 4);
});

test('SIZE is announced and a larger declared SIZE is refused at MAIL FROM', async (t) => {
  const { port } = await setup(t, { INBOUND_SMTP_MAX_BYTES: '4096' });
  const session = await smtpSession(port);
  try {
    assert.match((await session.command('EHLO client.test')).text, /^SIZE 4096$/m);
    assert.equal((await session.command('MAIL FROM:<a@customer.test> SIZE=5000')).code, 552);
    assert.equal((await session.command('MAIL FROM:<a@customer.test> SIZE=4000')).code, 250);
    assert.equal((await session.command(`RCPT TO:<${SUPPORT}>`)).code, 250);
    const over = await session.data([rawEmail(['From: a@customer.test', 'Subject: big'], 'x'.repeat(5000))]);
    assert.equal(over.code, 552);
    // The session goes on: the next message within the limit is taken.
    await session.command('MAIL FROM:<a@customer.test>');
    await session.command(`RCPT TO:<${SUPPORT}>`);
    const within = await session.data([rawEmail(['From: a@customer.test', 'Subject: small'], 'x'.repeat(3000))]);
    assert.equal(`${within.code} ${within.text}`, ACCEPTED);
  } finally {
    session.close();
  }
});

test('ten concurrent 30 MB messages are refused with 552 while memory stays flat', async (t) => {
  const { api, port } = await setup(t);
  const line = Buffer.from(`${'x'.repeat(1022)}\r\n`);
  const chunk = Buffer.concat(Array.from({ length: 64 }, () => line));
  // The same 64 kB chunk, over and over: the sender holds nothing either.
  function* message(bytes: number) {
    yield rawEmail(['From: big@customer.test', `To: ${SUPPORT}`, 'Subject: huge'], '');
    for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
  }
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const replies = await Promise.all(
    Array.from({ length: 10 }, () =>
      sendRawMessage(port, { from: 'big@customer.test', to: [SUPPORT] }, message(30 * MB)),
    ),
  ).finally(() => clearInterval(sampler));
  assert.deepEqual(
    replies.map((r) => r.code),
    Array(10).fill(552),
  );
  const growth = (peak - before) / MB;
  // At most INBOUND_SMTP_MAX_BYTES (10 MB) of each message is held, 100 MB for ten, plus the socket reads the
  // garbage collector has not reclaimed yet (measured 96 to 144 MB in all); reading them whole took over 1 GB.
  assert.ok(growth < 180, `RSS grew by ${growth.toFixed(0)} MB`);
  t.diagnostic(`RSS growth: ${growth.toFixed(0)} MB`);
  assert.deepEqual(await issuesOf(api), []);
});

test('mail that can never be filed is refused for good (554): unparseable, too many or too deep parts', async (t) => {
  const { api, port } = await setup(t);
  const send = (raw: string) => sendRawMessage(port, { from: 'x@customer.test', to: [SUPPORT] }, [raw]);
  const refused = [
    await send(mimeEmail(manyParts(150))),
    await send(mimeEmail(nested(30))),
    await send(rawEmail(['From: x@customer.test', `X-Filler: ${'a'.repeat(1.5 * MB)}`, 'Subject: s'], 'body')),
  ];
  assert.deepEqual(
    refused.map((r) => r.code),
    [554, 554, 554],
  );
  for (const reply of refused) assert.match(reply.text, /^5\.6\.0 /);
  assert.deepEqual(await issuesOf(api), []);
  // Real mail nests a few levels and carries a few dozen parts at most.
  assert.equal((await send(mimeEmail(nested(6)))).code, 250);
  assert.equal((await send(mimeEmail(manyParts(90)))).code, 250);
  assert.equal((await issuesOf(api)).length, 2);
});

test('NUL characters are removed from subject, body, names and file names, the same on every database', async (t) => {
  const { api, port } = await setup(t);
  const raw = rawEmail(
    [
      'From: =?utf-8?Q?Ada=00_Lovelace?= <ada@customer.test>',
      `To: ${SUPPORT}`,
      'Subject: =?utf-8?Q?Null=00_byte?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
    ],
    [
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'before=00after, raw\u0000byte',
      '--b',
      'Content-Type: text/plain',
      "Content-Disposition: attachment; filename*=utf-8''nul%00name.txt",
      '',
      'file body',
      '--b--',
    ].join('\r\n'),
  );
  const reply = await sendRawMessage(port, { from: 'ada@customer.test', to: [SUPPORT] }, [raw]);
  assert.equal(`${reply.code} ${reply.text}`, ACCEPTED);
  const [issue] = await issuesOf(api);
  assert.equal(issue.title, 'Null byte');
  const [message] = (await listMessages(api, issue.id)).data;
  assert.match(message.message_html, /beforeafter, rawbyte/);
  assert.equal(message.author.name, 'Ada Lovelace');
  assert.match(message.file_urls[0], /\/nulname\.txt$/);
  assert.equal((await api.get(new URL(message.file_urls[0]).pathname, { token: null })).text, 'file body');
  assert.doesNotMatch(JSON.stringify([issue, message]), /\\u0000/);
});

test('hostile headers: thousands of References, an oversized Message-ID, a run of unknown recipients', async (t) => {
  const { api, client, port } = await setup(t);
  const opened = await client.sendMail({ from: 'ada@customer.test', to: SUPPORT, subject: 'Help', text: 'Hi' });
  const [issue] = await issuesOf(api);
  const references = [...Array.from({ length: 70_000 }, (_, i) => `<${i.toString(36)}@x>`), opened.messageId];
  const threaded = rawEmail(
    [
      'From: ada@customer.test',
      `To: ${SUPPORT}`,
      'Subject: Re: Help',
      `In-Reply-To: ${opened.messageId}`,
      `References: ${foldEvery(references, 100)}`,
    ],
    'Still broken',
  );
  const send = (raw: string) => sendRawMessage(port, { from: 'ada@customer.test', to: [SUPPORT] }, [raw]);
  assert.equal((await send(threaded)).code, 250);
  assert.equal((await listMessages(api, issue.id)).data.length, 2, 'the reply still joins its issue');

  const longId = `<${randomBytes(1500).toString('hex')}@customer.test>`;
  assert.equal(
    (await send(rawEmail(['From: ada@customer.test', `Message-ID: ${longId}`, 'Subject: Long'], 'x'))).code,
    250,
  );
  const other = (await issuesOf(api)).find((i) => i.title === 'Long');
  const [stored] = (await listMessages(api, other.id)).data;
  assert.notEqual(stored.email_info.message_id, longId, 'an id too long to index is replaced');

  const session = await smtpSession(port);
  try {
    await session.command('EHLO client.test');
    await session.command('MAIL FROM:<x@customer.test>');
    for (let i = 0; i < 20; i++) assert.equal((await session.command(`RCPT TO:<guess${i}@acme.test>`)).code, 550);
    const next = await session.command(`RCPT TO:<${SUPPORT}>`);
    assert.equal(next.code, 550, 'no more look-ups on this connection');
    assert.match(next.text, /Too many unknown recipients/);
  } finally {
    session.close();
  }
});

test('connections past INBOUND_SMTP_MAX_CLIENTS are told to come back later (421): memory stays bounded', async (t) => {
  const { port } = await setup(t, { INBOUND_SMTP_MAX_CLIENTS: '2' });
  const first = await smtpSession(port);
  const second = await smtpSession(port);
  t.after(() => [first, second].forEach((session) => session.close()));
  assert.equal(first.greeting.code, 220);
  assert.equal(second.greeting.code, 220);
  const third = await smtpSession(port);
  t.after(() => third.close());
  assert.equal(third.greeting.code, 421);
  first.close();
  let again = third.greeting;
  for (let i = 0; i < 20 && again.code !== 220; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const session = await smtpSession(port);
    again = session.greeting;
    session.close();
  }
  assert.equal(again.code, 220, 'a slot frees when a connection ends');
});
