import { Type } from '@sinclair/typebox';
import { FAULT_KINDS, MAX_LATENCY_MS } from './fault-book.js';

/**
 * The test controls' own shapes (Helpline extensions, served only with TEST_CONTROLS=true), written once here: they
 * validate requests, serialize responses, document the operations and type the handlers.
 */

/** Every test control's description starts so, in the served OpenAPI document. */
export const describeTestControl = (text: string): string => `Helpline extension (TEST_CONTROLS=true). ${text}`;

export const DEMO_SUMMARY = Type.Object({
  users: Type.Integer({ description: 'Demo agents (members) in the workspace.' }),
  accounts: Type.Integer(),
  contacts: Type.Integer(),
  issues: Type.Integer({ description: 'Issues this load created.' }),
  messages: Type.Integer({ description: 'Messages this load created: first messages, replies and internal notes.' }),
  issues_by_state: Type.Record(Type.String(), Type.Integer()),
});

export const SNAPSHOT = Type.Object({
  id: Type.String(),
  rows: Type.Integer({ description: 'Rows the snapshot holds, over every table of the workspace.' }),
  created_at: Type.String(),
});

export const FAULT_BODY = Type.Object({
  method: Type.Union(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => Type.Literal(m))),
  path: Type.String({
    description: 'A route template (`/issues/:id/note` or `/issues/{id}/note`) or a concrete path (`/issues/42/note`).',
  }),
  count: Type.Integer({ description: 'How many matching requests meet the fault, 1 to 10000.' }),
  kind: Type.Union(
    FAULT_KINDS.map((k) => Type.Literal(k)),
    {
      description:
        '`status`: an error of `status` in the error envelope; `rate_limit`: 429 with Retry-After; `latency`: ' +
        '`latency_ms` added, then answered as usual; `drop`: the connection closes without an answer.',
    },
  ),
  status: Type.Optional(Type.Integer({ description: 'For `status`: 400 to 599.' })),
  latency_ms: Type.Optional(Type.Integer({ description: `For \`latency\`: 1 to ${MAX_LATENCY_MS}.` })),
  retry_after_s: Type.Optional(Type.Integer({ description: 'For `rate_limit`: the Retry-After, 1 to 3600 (1).' })),
});

export const FAULT = Type.Object({
  id: Type.String(),
  method: Type.String(),
  path: Type.String(),
  kind: Type.String(),
  remaining: Type.Integer({ description: 'Matching requests still to meet the fault.' }),
  status: Type.Optional(Type.Integer()),
  latency_ms: Type.Optional(Type.Integer()),
  retry_after_s: Type.Optional(Type.Integer()),
  created_at: Type.String(),
});

export const CLOCK = Type.Object({
  now: Type.String({ description: 'Business time: what timestamps and schedules use.' }),
  offset_ms: Type.Integer({ description: 'How far business time runs ahead of the server clock.' }),
});
