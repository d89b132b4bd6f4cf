import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { LIVE_FEED_DEFAULTS, LiveFeed, type LiveStream } from '../../src/features/live/live-feed.js';
import { createWorkspace } from '../../src/features/workspaces/workspace.service.js';
import { build, type Api } from '../helpers/build.js';
import { durableDatabaseUrl } from '../helpers/database.js';
import { createIssue } from '../helpers/factories.js';
import { agent, browser } from './console-client.js';

/** Generous: the stream is read every 500 ms, but the machine may be busy. */
const DEADLINE_MS = 5_000;

interface Frame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: string;
}

/** A client of `GET /console/api/live` over real HTTP, keeping every frame it reads. */
interface LiveClient {
  status: number;
  headers: Headers;
  /** The body, for a refused request. */
  body: any;
  frames: Frame[];
  raw: () => string;
  ended: () => boolean;
  close(): void;
}

function parseFrame(block: string): Frame {
  const frame: Frame = {};
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) frame.comment = line.slice(1).trim();
    const match = /^(id|event|data|retry): ?(.*)$/.exec(line);
    if (match) frame[match[1] as 'id' | 'event' | 'data' | 'retry'] = match[2];
  }
  return frame;
}

async function openLive(
  t: TestContext,
  base: string,
  cookie: string | undefined,
  headers: Record<string, string> = {},
): Promise<LiveClient> {
  const controller = new AbortController();
  const res = await fetch(`${base}/console/api/live`, {
    headers: { ...(cookie ? { cookie: `helpline_session=${cookie}` } : {}), ...headers },
    signal: controller.signal,
  });
  const frames: Frame[] = [];
  let text = '';
  let ended = false;
  const client: LiveClient = {
    status: res.status,
    headers: res.headers,
    body: undefined,
    frames,
    raw: () => text,
    ended: () => ended,
    close: () => controller.abort(),
  };
  t.after(() => controller.abort());
  if (res.status !== 200) {
    client.body = await res.json();
    ended = true;
    return client;
  }
  void (async () => {
    const decoder = new TextDecoder();
    let pending = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      const piece = decoder.decode(chunk, { stream: true });
      text += piece;
      pending += piece;
      let end: number;
      while ((end = pending.indexOf('\n\n')) !== -1) {
        frames.push(parseFrame(pending.slice(0, end)));
        pending = pending.slice(end + 2);
      }
    }
  })()
    .catch(() => undefined)
    .finally(() => {
      ended = true;
    });
  return client;
}

/** Polls until `check` holds, or fails after the deadline. */
async function eventually<T>(what: string, check: () => T | undefined | false, deadline = DEADLINE_MS): Promise<T> {
  const until = Date.now() + deadline;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const eventsOf = (client: LiveClient) => client.frames.filter((frame) => frame.event !== undefined);
const dataOf = (frame: Frame) => JSON.parse(frame.data ?? 'null');

async function listening(app: FastifyInstance): Promise<string> {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

/** A signed-in member of the workspace: their session cookie. */
async function memberCookie(app: FastifyInstance, workspaceId: string): Promise<string> {
  const user = await agent({ app }, workspaceId, { role: 'member' });
  const b = browser(app);
  assert.equal((await b.signIn(user.email)).status, 200);
  return b.cookie()!;
}

/** The workspace's stored events, oldest first, as the public API lists them. */
async function storedEvents(api: Api): Promise<{ id: string; type: string }[]> {
  const res = await api.get('/events?limit=1000');
  assert.equal(res.status, 200);
  return res.body.data;
}

test('a change made through the API reaches the stream as ids and a type, never content', async (t) => {
  const built = await build(t);
  const base = await listening(built.app);
  const live = await openLive(t, base, await memberCookie(built.app, built.workspaceId));
  assert.equal(live.status, 200);
  assert.equal(live.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  assert.equal(live.headers.get('cache-control'), 'no-store');
  assert.match(live.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/);
  await eventually('the retry frame', () => live.frames.find((frame) => frame.retry === '2000'));

  const issue = await createIssue(built.api, { body_html: '<p>my password is hunter2</p>' });
  const created = await eventually('issue.created', () =>
    eventsOf(live).find((frame) => frame.event === 'issue.created'),
  );
  const stored = (await storedEvents(built.api)).find((e) => e.type === 'issue.created')!;
  assert.equal(created.id, stored.id);
  const data = dataOf(created);
  assert.deepEqual(Object.keys(data).sort(), ['created_at', 'issue_id', 'subject_id', 'type']);
  assert.equal(data.type, 'issue.created');
  assert.equal(data.issue_id, issue.id);
  assert.equal(data.subject_id, issue.id);
  assert.match(data.created_at, /^\d{4}-\d\d-\d\dT/);

  const note = (await built.api.post(`/issues/${issue.id}/note`, { body_html: '<p>the secret is swordfish</p>' })).body
    .data;
  const message = await eventually('message.created for the note', () =>
    eventsOf(live).find((frame) => frame.event === 'message.created' && dataOf(frame).subject_id === note.id),
  );
  assert.equal(dataOf(message).issue_id, issue.id);
  assert.equal((await built.api.patch(`/issues/${issue.id}`, { state: 'closed' })).status, 200);
  const updated = await eventually('issue.updated', () =>
    eventsOf(live).find((frame) => frame.event === 'issue.updated'),
  );
  assert.equal(dataOf(updated).issue_id, issue.id);

  // In the order they were stored, each once.
  const ids = eventsOf(live).map((frame) => frame.id!);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(new Set(ids).size, ids.length);
  for (const secret of ['hunter2', 'swordfish', 'Cannot log in']) assert.ok(!live.raw().includes(secret), secret);
});

test("another workspace's events never reach the stream", async (t) => {
  const built = await build(t);
  const base = await listening(built.app);
  const other = await built.otherWorkspace();
  const ours = await openLive(t, base, await memberCookie(built.app, built.workspaceId));
  const theirs = await openLive(t, base, await memberCookie(built.app, other.workspaceId));
  const theirIssue = await createIssue(other.api);
  const ourIssue = await createIssue(built.api);
  await eventually('our issue on our stream', () =>
    eventsOf(ours).find((frame) => dataOf(frame).issue_id === ourIssue.id),
  );
  await eventually('their issue on their stream', () =>
    eventsOf(theirs).find((frame) => dataOf(frame).issue_id === theirIssue.id),
  );
  const theirIds = new Set((await storedEvents(other.api)).map((e) => e.id));
  assert.ok(eventsOf(ours).every((frame) => !theirIds.has(frame.id!) && dataOf(frame).issue_id !== theirIssue.id));
  assert.ok(eventsOf(theirs).every((frame) => dataOf(frame).issue_id !== ourIssue.id));
  assert.ok(!ours.raw().includes(theirIssue.id));
});

test('without a session: 401; a bad Last-Event-ID: 400; too many streams: 429', async (t) => {
  const built = await build(t);
  const base = await listening(built.app);
  for (const cookie of [undefined, 'not-a-session']) {
    const refused = await openLive(t, base, cookie);
    assert.equal(refused.status, 401);
    assert.equal(refused.body.errors.length, 1);
    assert.equal(refused.body.request_id, refused.headers.get('x-request-id'));
  }
  // A bearer token is not a session.
  const bearer = await openLive(t, base, undefined, { authorization: `Bearer ${built.token}` });
  assert.equal(bearer.status, 401);

  const cookie = await memberCookie(built.app, built.workspaceId);
  const bad = await openLive(t, base, cookie, { 'last-event-id': 'DROP TABLE events' });
  assert.equal(bad.status, 400);
  assert.match(bad.body.errors[0], /^Last-Event-ID/);

  const open = [];
  for (let i = 0; i < LIVE_FEED_DEFAULTS.maxStreamsPerUser; i++) open.push(await openLive(t, base, cookie));
  assert.ok(open.every((client) => client.status === 200));
  const tooMany = await openLive(t, base, cookie);
  assert.equal(tooMany.status, 429);
  // Once one closes, another may open.
  open[0]!.close();
  const until = Date.now() + DEADLINE_MS;
  let again = await openLive(t, base, cookie);
  while (again.status === 429 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    again = await openLive(t, base, cookie);
  }
  assert.equal(again.status, 200);
});

test('Last-Event-ID resumes after that event', async (t) => {
  const built = await build(t);
  const base = await listening(built.app);
  const cookie = await memberCookie(built.app, built.workspaceId);
  await createIssue(built.api);
  const [first] = await storedEvents(built.api);
  await createIssue(built.api);
  await createIssue(built.api);
  const missed = (await storedEvents(built.api)).filter((e) => e.id > first!.id);
  assert.ok(missed.length >= 2);

  const live = await openLive(t, base, cookie, { 'last-event-id': first!.id });
  await eventually('the missed events', () => eventsOf(live).length >= missed.length);
  const later = await createIssue(built.api);
  await eventually('a new event after the replay', () =>
    eventsOf(live).find((frame) => dataOf(frame).issue_id === later.id),
  );
  const received = eventsOf(live).map((frame) => frame.id);
  assert.deepEqual(
    received.slice(0, missed.length),
    missed.map((e) => e.id),
  );
  assert.ok(!received.includes(first!.id));
  assert.equal(new Set(received).size, received.length, 'no event twice');
});

test('closing the server ends the open streams, and the server closes', async (t) => {
  const built = await build(t);
  const base = await listening(built.app);
  const live = await openLive(t, base, await memberCookie(built.app, built.workspaceId));
  await eventually('the stream open', () => live.frames.length > 0);
  const closing = built.app.close();
  await eventually('the stream ended', () => live.ended());
  await Promise.race([
    closing,
    new Promise((_, reject) => setTimeout(() => reject(new Error('the server did not close')), DEADLINE_MS)),
  ]);
});

/** A second server on the same database (a file on SQLite, a schema on PostgreSQL). */
async function twoServers(t: TestContext) {
  const dir = mkdtempSync(join(tmpdir(), 'helpline-live-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const env = { DATABASE_URL: await durableDatabaseUrl(t, dir), LOG_LEVEL: 'silent', RATE_LIMIT_MULTIPLIER: '1000' };
  const first = await buildApp(parseConfig(env));
  t.after(() => first.close());
  const second = await buildApp(parseConfig(env));
  t.after(() => second.close());
  return { first, second };
}

test('an event stored by another server on the same database reaches this server’s streams', async (t) => {
  const { first, second } = await twoServers(t);
  const created = await first.helpline.store.db.transaction().execute((trx) => createWorkspace(trx, { name: 'Two' }));
  const base = await listening(first);
  const live = await openLive(t, base, await memberCookie(first, created.workspace_id));
  await eventually('the stream open', () => live.frames.length > 0);

  const res = await second.inject({
    method: 'POST',
    url: '/issues',
    headers: { authorization: `Bearer ${created.token}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ title: 'From the other server', body_html: '<p>Hi</p>', requester_email: 'a@b.example' }),
  });
  assert.equal(res.statusCode, 200, res.body);
  const issueId = res.json().data.id;
  const frame = await eventually('the other server’s issue', () =>
    eventsOf(live).find((f) => f.event === 'issue.created' && dataOf(f).issue_id === issueId),
  );
  assert.ok(frame.id);
});

/** A stream that keeps what the feed writes. */
function memoryStream() {
  const chunks: string[] = [];
  let ended = false;
  const stream: LiveStream = {
    write: (chunk) => void chunks.push(chunk),
    backlog: () => 0,
    end: () => {
      ended = true;
    },
  };
  return { stream, text: () => chunks.join(''), ended: () => ended };
}

test('the feed: heartbeats, a resume too far behind resets, and an ended session ends its streams', async (t) => {
  const built = await build(t);
  const db = built.app.helpline.store.db;
  await memberCookie(built.app, built.workspaceId);
  const row = await db
    .selectFrom('console_sessions')
    .selectAll()
    .where('workspace_id', '=', built.workspaceId)
    .executeTakeFirstOrThrow();
  const feed = new LiveFeed(built.app.helpline.store, built.app.log, {
    ...LIVE_FEED_DEFAULTS,
    pollMs: 20,
    heartbeatMs: 50,
    maxReplay: 1,
  });
  t.after(() => feed.close());
  await createIssue(built.api);
  const [first] = await storedEvents(built.api);
  await createIssue(built.api);
  await createIssue(built.api);
  const viewer = { workspaceId: built.workspaceId, userId: row.user_id, sessionId: row.id };

  const behind = memoryStream();
  (await feed.subscribe(viewer, first!.id)).start(behind.stream);
  assert.match(behind.text(), /^event: reset\ndata: \{\}\n\n/);

  const live = memoryStream();
  (await feed.subscribe(viewer, null)).start(live.stream);
  await eventually('a heartbeat', () => live.text().includes(': keep-alive\n\n'));
  const later = await createIssue(built.api);
  await eventually('the new issue', () => live.text().includes(later.id));

  await db.deleteFrom('console_sessions').where('id', '=', row.id).execute();
  await eventually('the streams of the ended session ended', () => live.ended() && behind.ended());
  feed.close();
  await assert.rejects(feed.subscribe(viewer, null), /shutting down/);
});
