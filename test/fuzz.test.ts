import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { build } from './helpers/build.js';
import { createIssue, postNote } from './helpers/factories.js';

/**
 * Requests generated from the OpenAPI schemas of every served endpoint: valid, boundary and malformed (wrong types,
 * invalid JSON, huge strings, deep nesting, odd Unicode, bad cursors, negative and huge limits, wrong content types).
 * FUZZ_RUNS sets how many (default 300, well under a minute).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TABLES = [
  'workspaces',
  'users',
  'api_tokens',
  'accounts',
  'account_external_ids',
  'contacts',
  'issues',
  'threads',
  'messages',
  'audit_logs',
  'events',
  'idempotency_keys',
  'webhook_endpoints',
  'webhook_deliveries',
  'email_outbox',
  'attachments',
] as const;

type Schema = {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  enum?: unknown[];
  required?: string[];
};

/** Percent-encodes a path segment; a lone surrogate goes out as bytes that are not valid UTF-8 (a case of its own). */
const encodePathSegment = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return `%ED%A0%80${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}`;
  }
};

const oddStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '\ud800',
    '💥'.repeat(1000),
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00',
    'null',
    '-1',
    '1e309',
  ),
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
);

test(
  'fuzzing every served endpoint: no 5xx, every 4xx is the envelope, rejected requests ' + 'change nothing',
  async (t) => {
    const { app, api, token } = await build(t);
    const issue = await createIssue(api);
    const note = await postNote(api, issue.id);
    const firstMessage = (await api.get(`/issues/${issue.id}/messages`)).body.data[0].id;
    const validCursor = (await api.get(`/issues/${issue.id}/messages?limit=1`)).body.pagination.cursor;
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const resolve = (s: Schema | undefined): Schema | undefined =>
      s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s;

    const fromSchema = (schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> => {
      const s = resolve(schema);
      if (!s || depth > 4) return fc.jsonValue({ maxDepth: 2 });
      if (s.enum) return fc.constantFrom(...s.enum);
      switch (s.type) {
        case 'string':
          return fc.oneof(
            fc.constantFrom(issue.id, note.id, firstMessage, 'a@b.co', 'https://x.test/a.png', '2024-01-01T00:00:00Z'),
            oddStrings,
          );
        case 'integer':
          return fc.oneof(fc.integer({ min: -5, max: 1_005 }), fc.constantFrom(0, 1, 1000, 1001, 2 ** 53, -(2 ** 31)));
        case 'boolean':
          return fc.boolean();
        case 'array':
          return fc.array(fromSchema(s.items, depth + 1), { maxLength: 3 });
        default: {
          const props = s.properties ?? {};
          const keys = Object.keys(props);
          if (keys.length === 0)
            return fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
          return fc.record(
            Object.fromEntries(
              keys.map((k) => [
                k,
                fc.oneof(fromSchema(props[k], depth + 1), fc.jsonValue({ maxDepth: 1 }), fc.constant(null)),
              ]),
            ),
            { requiredKeys: [] },
          );
        }
      }
    };

    const deepNesting = fc.integer({ min: 50, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n));
    const deepObject = fc.integer({ min: 50, max: 5_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n));

    const operations = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );

    const request = fc.constantFrom(...operations).chain(({ path, method, op }) => {
      const pathParam = fc.oneof(
        fc.constantFrom(issue.id, String(issue.number), note.id, firstMessage, '0', '-1', '99999999999999999999'),
        oddStrings.map((s) => encodePathSegment(s.slice(0, 300))),
      );
      const queryParams = ((op.parameters ?? []) as { in: string; name: string; schema: Schema }[]).filter(
        (p) => p.in === 'query',
      );
      const query = fc.record(
        Object.fromEntries(
          queryParams.map((p) => [
            p.name,
            fc.oneof(
              fromSchema(p.schema).map(String),
              fc.constantFrom(validCursor, 'abc', '-1', '0', '1001', '1e3', '', '%', validCursor.slice(0, -2)),
            ),
          ]),
        ),
        { requiredKeys: [] },
      );
      const bodySchema = op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
      const body = fc.oneof(
        {
          weight: 4,
          arbitrary: fromSchema(bodySchema).map((v) => ({ raw: JSON.stringify(v), type: 'application/json' })),
        },
        { weight: 1, arbitrary: fc.jsonValue().map((v) => ({ raw: JSON.stringify(v), type: 'application/json' })) },
        { weight: 1, arbitrary: fc.oneof(deepNesting, deepObject).map((raw) => ({ raw, type: 'application/json' })) },
        {
          weight: 1,
          arbitrary: fc
            .oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,]', '\u0000', '{"__proto__":{"x":1}}'))
            .map((raw) => ({ raw, type: 'application/json' })),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.string({ maxLength: 50 }),
              fc.constantFrom(
                'text/plain',
                'application/xml',
                'multipart/form-data',
                'application/x-www-form-urlencoded',
                'application/json; charset=latin1',
                '',
              ),
            )
            .map(([raw, type]) => ({ raw, type })),
        },
        { weight: 1, arbitrary: fc.constant({ raw: '', type: '' }) },
      );
      return fc.record({
        method: fc.constant(method),
        path: fc.constant(path),
        params: fc.array(pathParam, { minLength: 3, maxLength: 3 }),
        query,
        body,
      });
    });

    const snapshot = async () => {
      const hash = createHash('sha256');
      for (const table of TABLES)
        hash.update(
          JSON.stringify(await app.helpline.store.db.selectFrom(table).selectAll().execute(), (_k, v) =>
            typeof v === 'bigint' ? String(v) : v,
          ),
        );
      return hash.digest('hex');
    };

    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, params, query, body }) => {
        let i = 0;
        const url =
          path.replace(/\{[^}]+\}/g, () => params[i++]!) +
          (Object.keys(query).length ? `?${new URLSearchParams(query as Record<string, string>)}` : '');
        const before = await snapshot();
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        if (body.type) headers['content-type'] = body.type;
        const res = await app.inject({
          method: method as 'GET',
          url,
          headers,
          payload: method === 'GET' ? undefined : body.raw,
        });
        const what =
          `${method} ${url.slice(0, 200)} [${body.type}] ${body.raw.slice(0, 200)} → ` +
          `${res.statusCode} ${res.body.slice(0, 300)}`;
        try {
          assert.ok(res.statusCode < 500, what);
          if (res.statusCode >= 400) {
            const envelope = res.json();
            assert.ok(
              Array.isArray(envelope.errors) &&
                envelope.errors.length > 0 &&
                envelope.errors.every((e: unknown) => typeof e === 'string'),
              what,
            );
            assert.equal(typeof envelope.request_id, 'string', what);
            assert.equal(await snapshot(), before, `changed stored data: ${what}`);
          }
        } catch (error) {
          // The runner shows fast-check's summary only: say what failed.
          console.error(`fuzz failure: ${(error as Error).message.slice(0, 800)}`);
          throw error;
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  },
);
