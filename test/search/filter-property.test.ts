import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { build } from '../helpers/build.js';
import { createIssue } from '../helpers/factories.js';

/**
 * The filter language, checked against an evaluation of the same filter in memory over the issues as the API shows
 * them. The suite runs on SQLite and on PostgreSQL, so both databases answer as this evaluation does.
 */
type Json = Record<string, any>;
type Filter = { field?: string; operator: string; value?: unknown; values?: string[]; subfilters?: Filter[] };

const STATES = ['new', 'waiting_on_you', 'waiting_on_customer', 'on_hold', 'closed'];
const TAGS = ['bug', 'billing', 'vip'];
const WORDS = ['Login', 'invoice', 'SSO', 'Ärger', 'dark-mode', 'Export'];
const fold = (s: string) => s.replace(/[A-Z]+/g, (x) => x.toLowerCase());

const read: Record<string, (issue: Json) => string | null> = {
  state: (i) => i.state,
  title: (i) => i.title,
  assignee_id: (i) => i.assignee?.id ?? null,
  issue_type: (i) => i.type ?? null,
  created_at: (i) => i.created_at,
};

function matches(issue: Json, f: Filter): boolean {
  if (f.operator === 'and') return f.subfilters!.every((sub) => matches(issue, sub));
  if (f.operator === 'or') return f.subfilters!.some((sub) => matches(issue, sub));
  const values = f.values ?? (f.value === undefined ? [] : [f.value as string]);
  if (f.field === 'tags') {
    const hasAny = values.some((v) => (issue.tags as string[]).includes(v));
    return f.operator === 'contains' || f.operator === 'in' ? hasAny : !hasAny;
  }
  const actual = read[f.field!]!(issue);
  switch (f.operator) {
    case 'equals':
    case 'in':
      return actual !== null && values.includes(actual);
    case 'not_in':
      return actual === null || !values.includes(actual);
    case 'is_set':
      return actual !== null;
    case 'is_unset':
      return actual === null;
    case 'string_contains':
      return actual !== null && fold(actual).includes(fold(values[0]!));
    case 'string_does_not_contain':
      return actual === null || !fold(actual).includes(fold(values[0]!));
    case 'time_is_after':
      return actual !== null && actual > values[0]!;
    case 'time_is_before':
      return actual !== null && actual < values[0]!;
    case 'time_range': {
      const [start, end] = f.values ?? [(f.value as Json).start, (f.value as Json).end];
      return actual !== null && actual >= start && actual <= end;
    }
  }
  throw new Error(`no evaluation for ${f.operator}`);
}

function filters(times: string[], userId: string): fc.Arbitrary<Filter> {
  const some = <T>(items: T[]) => fc.subarray(items, { minLength: 1 });
  const time = fc.constantFrom(...times);
  const condition = fc.oneof(
    fc.record({ field: fc.constant('state'), operator: fc.constant('equals'), value: fc.constantFrom(...STATES) }),
    fc.record({
      field: fc.constant('state'),
      operator: fc.constantFrom('in', 'not_in'),
      values: some([...STATES, 'gone']),
    }),
    fc.record({
      field: fc.constant('tags'),
      operator: fc.constantFrom('contains', 'does_not_contain', 'in', 'not_in'),
      values: some(TAGS),
    }),
    fc.record({
      field: fc.constant('title'),
      operator: fc.constantFrom('string_contains', 'string_does_not_contain'),
      value: fc.constantFrom(...WORDS, 'login', 'sso', 'ärger', 'o', 'zzz'),
    }),
    fc.record({ field: fc.constantFrom('assignee_id', 'issue_type'), operator: fc.constantFrom('is_set', 'is_unset') }),
    fc.record({
      field: fc.constant('assignee_id'),
      operator: fc.constantFrom('in', 'not_in'),
      values: some([userId, 'nobody']),
    }),
    fc.record({
      field: fc.constant('issue_type'),
      operator: fc.constant('equals'),
      value: fc.constantFrom('conversation', 'ticket'),
    }),
    fc.record({
      field: fc.constant('created_at'),
      operator: fc.constantFrom('time_is_after', 'time_is_before'),
      value: time,
    }),
    fc.tuple(time, time).map(([a, b]) => ({
      field: 'created_at',
      operator: 'time_range',
      values: [a < b ? a : b, a < b ? b : a],
    })),
  ) as fc.Arbitrary<Filter>;
  const { tree } = fc.letrec<{ tree: Filter }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      condition,
      fc.record({
        operator: fc.constantFrom('and', 'or'),
        subfilters: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
      }),
    ),
  }));
  const depth = (f: Filter): number => (f.subfilters ? 1 + Math.max(...f.subfilters.map(depth)) : 1);
  return tree.filter((f) => depth(f) <= 3);
}

test('search results equal an in-memory evaluation of the same filter, on every database', async (t) => {
  const { api, userId } = await build(t, { env: { RATE_LIMIT_MULTIPLIER: '1000' } });
  const random = fc.sample(
    fc.record({
      state: fc.constantFrom(...STATES),
      tags: fc.subarray(TAGS),
      words: fc.subarray(WORDS, { minLength: 1 }),
      assigned: fc.boolean(),
      ticket: fc.boolean(),
    }),
    { numRuns: 14, seed: 7 },
  );
  for (const shape of random) {
    const issue = await createIssue(api, {
      title: shape.words.join(' '),
      tags: shape.tags,
      ...(shape.assigned ? { assignee_id: userId } : {}),
    });
    const changes = {
      ...(shape.state !== 'new' ? { state: shape.state } : {}),
      ...(shape.ticket ? { type: 'ticket' } : {}),
    };
    if (Object.keys(changes).length > 0) assert.equal((await api.patch(`/issues/${issue.id}`, changes)).status, 200);
  }
  const all = (await api.post('/issues/search', { limit: 1000 })).body.data as Json[];
  assert.equal(all.length, random.length);
  const times = all.map((i) => i.created_at as string);
  await fc.assert(
    fc.asyncProperty(filters(times, userId), async (filter) => {
      const res = await api.post('/issues/search', { filter, limit: 1000 });
      assert.equal(res.status, 200, res.text);
      const expected = all.filter((issue) => matches(issue, filter)).map((i) => i.id);
      assert.deepEqual(
        res.body.data.map((i: Json) => i.id),
        expected,
        JSON.stringify(filter),
      );
    }),
    { numRuns: 150, seed: 42 },
  );
});
