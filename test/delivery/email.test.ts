import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setSupportAddress } from '../../src/features/email/inbound-email.js';
import { build } from '../helpers/build.js';
import { listMessages } from '../helpers/factories.js';
import { smtpClient, startMailCatcher } from '../helpers/smtp.js';

const INBOUND = {
  INBOUND_SMTP_PORT: '0',
  INBOUND_SMTP_HOST: '127.0.0.1',
  DELIVERY_POLL_MS: '20',
  WEBHOOK_RETRY_BASE_MS: '50',
};

async function setup(t: Parameters<typeof build>[0], env: Record<string, string> = {}) {
  const built = await build(t, { env: { ...INBOUND, ...env } });
  await setSupportAddress(built.app.helpline.store.db, built.workspaceId, 'support@acme.test');
  const client = smtpClient(built.app.inboundSmtpPort!);
  t.after(() => client.close());
  return { ...built, client };
}

async function issuesOf(api: Awaited<ReturnType<typeof setup>>['api']) {
  const res = await api.get('/issues?start_time=2020-01-01T00:00:00Z&end_time=2020-01-30T00:00:00Z');
  const now = new Date();
  const from = new Date(now.getTime() - 86_400_000).toISOString();
  const to = new Date(now.getTime() + 60_000).toISOString();
  const recent = await api.get(`/issues?start_time=${from}&end_time=${to}`);
  return [...res.body.data, ...recent.body.data];
}

test(
  'an email to the support address opens an issue with the sender as contact, attachments ' + 'stored and served',
  async (t) => {
    const { api, client } = await setup(t);
    const sent = await client.sendMail({
      from: 'Grace Hopper <grace@customer.test>',
      to: 'support@acme.test',
      subject: 'Printer on fire',
      text: 'It is on fire.\n\nPlease help.',
      attachments: [{ filename: 'photo.txt', content: 'FIRE-BYTES', contentType: 'text/plain' }],
    });
    const [issue] = await issuesOf(api);
    assert.equal(issue.title, 'Printer on fire');
    assert.equal(issue.source, 'email');
    assert.equal(issue.requester.email, 'grace@customer.test');
    const [first] = (await listMessages(api, issue.id)).data;
    assert.equal(first.author.contact.email, 'grace@customer.test');
    assert.equal(first.author.name, 'Grace Hopper');
    assert.equal(first.email_info.message_id, sent.messageId);
    assert.equal(first.email_info.from_email, 'grace@customer.test');
    assert.deepEqual(first.email_info.to_emails, ['support@acme.test']);
    assert.match(first.message_html, /It is on fire\./);
    assert.equal(first.file_urls.length, 1);
    const file = await api.get(new URL(first.file_urls[0]).pathname, { token: null });
    assert.equal(file.status, 200);
    assert.equal(file.text, 'FIRE-BYTES');
    assert.equal(
      (await api.get(new URL(first.file_urls[0]).pathname.replace(/photo/, 'other'), { token: null })).status,
      404,
    );
    // The same email delivered twice is filed once.
    await client.sendMail({
      from: 'grace@customer.test',
      to: 'support@acme.test',
      subject: 'Printer on fire',
      text: 'again',
      messageId: sent.messageId,
    });
    assert.equal((await issuesOf(api)).length, 1);
  },
);

test(
  'a reply through the API arrives as an email threaded to the conversation; the customer’s ' +
    'answer joins the issue',
  async (t) => {
    const catcher = await startMailCatcher(t);
    const { api, client } = await setup(t, { SMTP_URL: catcher.url });
    const first = await client.sendMail({
      from: 'ada@customer.test',
      to: 'support@acme.test',
      subject: 'Login broken',
      html: '<p>I cannot log in</p>',
    });
    const [issue] = await issuesOf(api);
    const [customerMessage] = (await listMessages(api, issue.id)).data;
    const reply = await api.post(`/issues/${issue.id}/reply`, {
      body_html: '<p>Try <b>resetting</b> your password.</p>',
      message_id: customerMessage.id,
      email_info: { to_emails: ['ada@customer.test'], cc_emails: ['boss@customer.test'] },
    });
    assert.equal(reply.status, 200, reply.text);
    const [mail] = await catcher.waitFor(1);
    const stored = (await listMessages(api, issue.id)).data.find((m) => m.id === reply.body.data.id);
    assert.equal(mail!.parsed.messageId, stored.email_info.message_id);
    assert.equal(mail!.parsed.inReplyTo, first.messageId);
    assert.deepEqual([mail!.parsed.references].flat(), [first.messageId]);
    assert.equal(mail!.parsed.subject, 'Re: Login broken');
    assert.equal((mail!.parsed.from as { value: { address: string }[] }).value[0]!.address, 'support@acme.test');
    assert.deepEqual(mail!.envelopeTo.sort(), ['ada@customer.test', 'boss@customer.test']);
    assert.match(String(mail!.parsed.html), /<b>resetting<\/b>/);
    assert.match(String(mail!.parsed.text), /Try resetting your password\./);

    await client.sendMail({
      from: 'ada@customer.test',
      to: 'support@acme.test',
      subject: 'Re: Login broken',
      text: 'That worked, thanks',
      inReplyTo: mail!.parsed.messageId,
      references: [first.messageId!, mail!.parsed.messageId!],
    });
    const messages = (await listMessages(api, issue.id)).data;
    assert.equal(messages.length, 3);
    assert.match(messages[2].message_html, /That worked/);
    assert.equal(messages[2].author.contact.email, 'ada@customer.test');
    assert.equal((await issuesOf(api)).length, 1, 'no new issue for a reply');
    assert.equal(catcher.mails.length, 1, "a customer's message is never sent out");
  },
);

test('a refused send is retried until the mail server takes it', async (t) => {
  const catcher = await startMailCatcher(t);
  catcher.refuseNext(2);
  const { api } = await setup(t, { SMTP_URL: catcher.url });
  const issue = (
    await api.post('/issues', {
      title: 'Hello',
      body_html: 'Hi',
      requester_email: 'c@customer.test',
      destination_metadata: { destination: 'email', email: 'support@acme.test' },
    })
  ).body.data;
  const [mail] = await catcher.waitFor(1);
  assert.equal(mail!.parsed.subject, 'Hello');
  const [first] = (await listMessages(api, issue.id)).data;
  assert.equal(mail!.parsed.messageId, first.email_info.message_id);
});

test('inbound: unknown recipient → 550; oversized → 552; no From → 554; nothing of them is stored', async (t) => {
  const { api, client } = await setup(t, { INBOUND_SMTP_MAX_BYTES: '4096' });
  await assert.rejects(
    client.sendMail({ from: 'x@customer.test', to: 'nobody@acme.test', subject: 's', text: 't' }),
    (e: { responseCode?: number }) => e.responseCode === 550,
  );
  await assert.rejects(
    client.sendMail({ from: 'x@customer.test', to: 'support@acme.test', subject: 'big', text: 'x'.repeat(10_000) }),
    (e: { responseCode?: number }) => e.responseCode === 552,
  );
  await assert.rejects(
    client.sendMail({
      envelope: { from: 'x@customer.test', to: ['support@acme.test'] },
      raw: 'Subject: no sender\r\n\r\nbody\r\n',
    }),
    (e: { responseCode?: number }) => e.responseCode === 554,
  );
  assert.deepEqual(await issuesOf(api), []);
  assert.deepEqual((await api.get('/contacts')).body.data, []);
});
