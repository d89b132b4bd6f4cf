import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { build, type Api, type Built } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';
import { agent, browser, type ConsoleBrowser } from './console-client.js';

const at = (second: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, second)).toISOString();

interface Fixture {
  built: Built;
  api: Api;
  browser: ConsoleBrowser;
  /** The signed-in agent (a member). */
  me: { id: string; email: string };
  adminId: string;
  teamId: string;
  /** Issue ids by name. */
  issues: Record<string, string>;
}

/**
 * A workspace with six issues, each last active a second after the previous one, and a member signed in:
 * `a` new, unassigned, tagged billing+vip; `b` waiting on you, mine, team; `c` waiting on the customer, mine;
 * `d` on hold, the admin's, tagged billing; `e` closed, mine; `f` closed, unassigned, "kangaroo" in its title.
 */
async function inboxFixture(t: TestContext): Promise<Fixture> {
  const built = await build(t);
  const me = await agent(built, built.workspaceId, { role: 'member' });
  const b = browser(built.app);
  assert.equal((await b.signIn(me.email)).status, 200);
  const api = built.api;
  const team = (await api.post('/teams', { name: 'Tier 2' })).body.data;
  const plan: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['a', { tags: ['billing', 'vip'] }, {}],
    ['b', { assignee_id: me.id, team_id: team.id }, { state: 'waiting_on_you' }],
    ['c', { assignee_id: me.id }, { state: 'waiting_on_customer' }],
    ['d', { assignee_id: built.userId, tags: ['billing'] }, { state: 'on_hold' }],
    ['e', { assignee_id: me.id }, { state: 'closed' }],
    ['f', { title: 'The kangaroo ate my invoice' }, { state: 'closed' }],
  ];
  const issues: Record<string, string> = {};
  for (const [i, [name, fields, update]] of plan.entries()) {
    const issue = await createIssue(api, { requester_name: `Customer ${name}`, created_at: at(i), ...fields });
    issues[name] = issue.id;
    if (Object.keys(update).length > 0) assert.equal((await api.patch(`/issues/${issue.id}`, update)).status, 200);
  }
  return { built, api, browser: b, me, adminId: built.userId, teamId: team.id, issues };
}

async function inbox(b: ConsoleBrowser, query = '') {
  const res = await b.request('GET', `/console/api/inbox${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as { data: any[]; pagination: { cursor: string | null; has_next_page: boolean }; request_id: string };
}

/** The names of the issues a page lists, in order. */
const namesOf = (f: Fixture, rows: { id: string }[]) =>
  rows.map((row) => Object.keys(f.issues).find((name) => f.issues[name] === row.id) ?? row.id).join('');

test('the inbox lists every issue newest activity first, each row with its people, team and tags', async (t) => {
  const f = await inboxFixture(t);
  const page = await inbox(f.browser);
  assert.equal(namesOf(f, page.data), 'fedcba');
  assert.deepEqual(page.pagination, { cursor: null, has_next_page: false });
  assert.equal(typeof page.request_id, 'string');
  const b = page.data.find((row) => row.id === f.issues.b);
  const issue = (await f.api.get(`/issues/${f.issues.b}`)).body.data;
  assert.deepEqual(b, {
    id: f.issues.b,
    number: issue.number,
    title: 'Cannot log in',
    state: 'waiting_on_you',
    link: issue.link,
    requester: { id: issue.requester.id, name: 'Customer b', email: issue.requester.email },
    assignee: { id: f.me.id, name: 'Agent', email: f.me.email },
    team: { id: f.teamId, name: 'Tier 2' },
    tags: [],
    latest_message_at: at(1),
    created_at: at(1),
  });
  const a = page.data.find((row) => row.id === f.issues.a);
  assert.equal(a.assignee, null);
  assert.equal(a.team, null);
  assert.deepEqual(a.tags, ['billing', 'vip']);

  // A new message moves its issue to the top.
  assert.equal((await f.api.post(`/issues/${f.issues.a}/note`, { body_html: '<p>Looking</p>' })).status, 200);
  assert.equal(namesOf(f, (await inbox(f.browser)).data), 'afedcb');
});

test('each view holds its issues, and the counts agree with the views for the signed-in user', async (t) => {
  const f = await inboxFixture(t);
  const expected: Record<string, string> = {
    all: 'fedcba',
    unassigned: 'a',
    mine: 'cb',
    open: 'dba',
    waiting_on_customer: 'c',
    closed: 'fe',
  };
  for (const [view, names] of Object.entries(expected)) {
    assert.equal(namesOf(f, (await inbox(f.browser, `?view=${view}`)).data), names, view);
  }
  const counts = await f.browser.request('GET', '/console/api/inbox/counts');
  assert.equal(counts.status, 200);
  assert.deepEqual(counts.body.data, { unassigned: 1, mine: 2, open: 3, waiting_on_customer: 1, closed: 2 });
  assert.equal(typeof counts.body.request_id, 'string');

  // A change is counted at once: the counts are never older than the workspace's last event.
  assert.equal((await f.api.patch(`/issues/${f.issues.a}`, { assignee_id: f.me.id, state: 'closed' })).status, 200);
  const together = await Promise.all(
    Array.from({ length: 4 }, () => f.browser.request('GET', '/console/api/inbox/counts')),
  );
  for (const after of together) {
    assert.deepEqual(after.body.data, { unassigned: 0, mine: 2, open: 2, waiting_on_customer: 1, closed: 3 });
  }
  assert.equal(namesOf(f, (await inbox(f.browser, '?view=mine')).data), 'cb');
});

test('filters narrow a view: state, assignee, team, tags (all of them) and full text', async (t) => {
  const f = await inboxFixture(t);
  const cases: [string, string][] = [
    ['?state=closed', 'fe'],
    ['?state=new,on_hold', 'da'],
    ['?state=new&state=on_hold', 'da'],
    ['?view=closed&state=new', ''],
    [`?assignee_id=${f.me.id}`, 'ecb'],
    [`?view=open&assignee_id=${f.me.id}`, 'b'],
    [`?team_id=${f.teamId}`, 'b'],
    ['?tag=billing', 'da'],
    ['?tag=billing&tag=vip', 'a'],
    ['?tag=billing,vip', 'a'],
    ['?tag=nope', ''],
    ['?q=kangaroo', 'f'],
    ['?q=KANGA', 'f'],
    ['?q=kangaroo&view=open', ''],
    ['?q=log&view=open', 'dba'],
    [`?assignee_id=${f.adminId}&tag=billing&view=open`, 'd'],
  ];
  for (const [query, names] of cases) assert.equal(namesOf(f, (await inbox(f.browser, query)).data), names, query);
});

test('pages follow each other by cursor; a cursor belongs to its own list', async (t) => {
  const f = await inboxFixture(t);
  const seen: string[] = [];
  let query = '?limit=4';
  for (;;) {
    const page = await inbox(f.browser, query);
    seen.push(namesOf(f, page.data));
    if (!page.pagination.has_next_page) {
      assert.equal(page.pagination.cursor, null);
      break;
    }
    assert.equal(typeof page.pagination.cursor, 'string');
    query = `?limit=4&cursor=${page.pagination.cursor}`;
  }
  assert.deepEqual(seen, ['fedc', 'ba']);

  const first = await inbox(f.browser, '?limit=1&view=closed');
  const next = await inbox(f.browser, `?limit=1&view=closed&cursor=${first.pagination.cursor}`);
  assert.equal(namesOf(f, next.data), 'e');
  for (const query of [
    `?limit=1&view=all&cursor=${first.pagination.cursor}`,
    `?limit=1&view=closed&tag=x&cursor=${first.pagination.cursor}`,
    `?view=closed&cursor=${first.pagination.cursor!.slice(0, -2)}`,
    '?cursor=not-a-cursor!',
  ]) {
    const res = await f.browser.request('GET', `/console/api/inbox${query}`);
    assert.equal(res.status, 400, query);
    assert.match(res.body.errors[0], /cursor/);
  }
});

test('a page costs the same number of queries whatever its length: the page, then everyone it names', async (t) => {
  const f = await inboxFixture(t);
  const executor = f.built.app.helpline.store.db.getExecutor() as unknown as {
    executeQuery: (...args: unknown[]) => Promise<unknown>;
  };
  const original = executor.executeQuery.bind(executor);
  let queries = 0;
  executor.executeQuery = (...args) => {
    queries++;
    return original(...args);
  };
  t.after(() => {
    executor.executeQuery = original;
  });
  const queriesFor = async (query: string) => {
    queries = 0;
    await inbox(f.browser, query);
    return queries;
  };
  await queriesFor('?limit=1');
  const one = await queriesFor('?limit=1');
  const six = await queriesFor('?limit=6');
  assert.equal(six, one);
  // The session, the page, the requesters, assignees and teams it names.
  assert.equal(six, 3);
});

test('bad query values are refused with a 400 naming the parameter', async (t) => {
  const f = await inboxFixture(t);
  const cases: [string, RegExp][] = [
    ['?view=inbox', /^view must be one of unassigned, mine, open, waiting_on_customer, closed, all$/],
    ['?view=all&view=mine', /^view must be given at most once$/],
    ['?limit=0', /^limit must be a whole number from 1 to 100$/],
    ['?limit=101', /^limit/],
    ['?limit=2.5', /^limit/],
    ['?limit=ten', /^limit/],
    ['?state=pending', /^state must be one of new, waiting_on_you, waiting_on_customer, on_hold, closed$/],
    [`?tag=${'x'.repeat(101)}`, /^tag must be at most 100 characters$/],
    [`?tag=${Array.from({ length: 11 }, (_, i) => `t${i}`).join(',')}`, /^tag takes at most 10 values$/],
    [`?q=${'word '.repeat(101)}`, /^q must be at most 500 characters$/],
    [`?assignee_id=${'x'.repeat(101)}`, /^assignee_id must be an id/],
    ['?team_id=a&team_id=b', /^team_id must be given at most once$/],
    ['?sort=oldest', /^Unknown query parameter sort$/],
  ];
  for (const [query, message] of cases) {
    const res = await f.browser.request('GET', `/console/api/inbox${query}`);
    assert.equal(res.status, 400, query);
    assert.equal(res.body.errors.length, 1);
    assert.match(res.body.errors[0], message, query);
  }
});

test('the inbox needs a session, and shows only its own workspace', async (t) => {
  const f = await inboxFixture(t);
  for (const url of ['/console/api/inbox', '/console/api/inbox/counts']) {
    const res = await browser(f.built.app).request('GET', url);
    assert.equal(res.status, 401, url);
  }

  const other = await f.built.otherWorkspace();
  const theirs = await createIssue(other.api, { title: 'Their kangaroo', created_at: at(30) });
  const stranger = await agent(f.built, other.workspaceId, { role: 'member' });
  const strangerBrowser = browser(f.built.app);
  assert.equal((await strangerBrowser.signIn(stranger.email)).status, 200);
  assert.equal((await other.api.patch(`/issues/${theirs.id}`, { assignee_id: stranger.id })).status, 200);

  assert.equal(namesOf(f, (await inbox(f.browser)).data), 'fedcba');
  assert.equal(namesOf(f, (await inbox(f.browser, '?q=kangaroo')).data), 'f');
  assert.equal((await inbox(f.browser, `?assignee_id=${stranger.id}`)).data.length, 0);
  const counts = (await f.browser.request('GET', '/console/api/inbox/counts')).body.data;
  assert.deepEqual(counts, { unassigned: 1, mine: 2, open: 3, waiting_on_customer: 1, closed: 2 });

  const theirInbox = await inbox(strangerBrowser);
  assert.deepEqual(
    theirInbox.data.map((row) => row.id),
    [theirs.id],
  );
  assert.equal((await inbox(strangerBrowser, `?team_id=${f.teamId}`)).data.length, 0);
  const theirCounts = (await strangerBrowser.request('GET', '/console/api/inbox/counts')).body.data;
  assert.deepEqual(theirCounts, { unassigned: 0, mine: 1, open: 1, waiting_on_customer: 0, closed: 0 });
});
