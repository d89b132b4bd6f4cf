/**
 * The contract's TypeScript view: facts about the types are checked by the compiler (`npm run typecheck`), and the
 * runtime part keeps the committed generated files equal to what the contract produces today.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import type { components as PylonComponents } from '../src/core/contract/generated/pylon.js';
import type { components as SeedComponents } from '../src/core/contract/generated/messages-api.js';
import type {
  ContractBody,
  ContractParams,
  ContractQuery,
  ContractRequest,
  ContractResponse,
  ContractSchema,
  HasContractOperation,
  OpenApiPathOf,
} from '../src/core/contract/operation-types.js';
import { componentSchema, operationSchemas } from '../src/core/contract/spec.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

type NoteBody = ContractBody<'POST', '/issues/:id/note'>;
type ReplyBody = ContractBody<'POST', '/issues/:id/reply'>;
type SeedMetadata = NonNullable<SeedComponents['schemas']['CustomSourceInfo']['metadata']>;
type PylonMetadata = NonNullable<PylonComponents['schemas']['CustomSourceInfo']['metadata']>;

const NOTE_REQUIRED = ['body_html'] as const;
const REPLY_REQUIRED = ['body_html', 'message_id'] as const;

export type PathFacts = [
  Expect<Equal<OpenApiPathOf<'/issues/:id/messages/:message_id/redact'>, '/issues/{id}/messages/{message_id}/redact'>>,
  Expect<Equal<OpenApiPathOf<'/issues'>, '/issues'>>,
  Expect<Equal<ContractParams<'GET', '/issues/:id/messages'>, { id: string }>>,
  Expect<Equal<ContractParams<'DELETE', '/issues/:id/messages/:message_id'>, { id: string; message_id: string }>>,
  Expect<Equal<ContractParams<'GET', '/issues'>, Record<string, never>>>,
  Expect<Equal<HasContractOperation<'POST', '/issues/:id/note'>, true>>,
  Expect<Equal<HasContractOperation<'GET', '/issues/:id'>, true>>,
  Expect<Equal<HasContractOperation<'PUT', '/issues/:id'>, false>>,
  Expect<Equal<HasContractOperation<'GET', '/health'>, false>>,
];

export type BodyFacts = [
  // Both documents require only body_html; thread_name is pylon's alone and stays optional.
  Expect<Equal<RequiredKeys<NoteBody>, (typeof NOTE_REQUIRED)[number]>>,
  Expect<Equal<NoteBody['body_html'], string>>,
  Expect<Equal<Pick<NoteBody, 'thread_id' | 'thread_name'>, { thread_id?: string; thread_name?: string }>>,
  Expect<Equal<RequiredKeys<ReplyBody>, (typeof REPLY_REQUIRED)[number]>>,
  Expect<Equal<ReplyBody['message_id'], string>>,
  // The documents disagree on custom_source.metadata; the body accepts either document's version.
  Expect<Equal<NonNullable<NonNullable<ReplyBody['custom_source']>['metadata']>, SeedMetadata | PylonMetadata>>,
  Expect<Equal<ContractBody<'POST', '/issues/:id/threads'>, { name?: string }>>,
  // A request-body default does not make the property required.
  Expect<
    Equal<Pick<ContractBody<'POST', '/projects'>, 'customer_portal_visible'>, { customer_portal_visible?: boolean }>
  >,
  Expect<Equal<ContractBody<'GET', '/issues/:id/messages'>, unknown>>,
  Expect<Equal<ContractBody<'POST', '/attachments'>, unknown>>,
  Expect<Equal<ContractBody<'POST', '/no-such-route'>, unknown>>,
  Expect<Equal<ContractSchema<'CreateIssueNoteRequestBody'>, NoteBody>>,
];

export type QueryFacts = [
  // The seed lists no query parameters for this operation; pylon's still apply.
  Expect<Equal<ContractQuery<'GET', '/issues/:id/messages'>, { cursor?: string; limit?: number }>>,
  Expect<Equal<ContractQuery<'POST', '/issues/:id/note'>, unknown>>,
  Expect<Equal<RequiredKeys<ContractQuery<'GET', '/issues'>>, never>>,
];

type NoteResponse = ContractResponse<'POST', '/issues/:id/note'>;
export type ResponseFacts = [
  Expect<Equal<NonNullable<NoteResponse['data']>['id'], string | undefined>>,
  Expect<Equal<NoteResponse, SeedComponents['schemas']['CreateIssueNoteResponseBody']>>,
  Expect<Equal<ContractResponse<'GET', '/issues/:id/messages'>, ContractSchema<'GetIssueMessagesResponseBody'>>>,
  Expect<Equal<NonNullable<ContractResponse<'GET', '/issues/:id'>['data']>, ContractSchema<'Issue'>>>,
  Expect<Equal<ContractResponse<'GET', '/health'>, unknown>>,
  Expect<Equal<ContractSchema<'Message'>, SeedComponents['schemas']['Message']>>,
  Expect<Equal<ContractSchema<'Issue'>, PylonComponents['schemas']['Issue']>>,
  Expect<Equal<ContractRequest<'POST', '/issues/:id/note'>['Params'], { id: string }>>,
];

test('request bodies require what the runtime schemas require', () => {
  const required = (name: string): string[] => [...((componentSchema(name).required ?? []) as string[])].sort();
  assert.deepEqual(required('CreateIssueNoteRequestBody'), [...NOTE_REQUIRED].sort());
  assert.deepEqual(required('CreateIssueReplyRequestBody'), [...REPLY_REQUIRED].sort());
  assert.ok(operationSchemas('GET', '/issues/{id}/messages').querystring, 'pylon query parameters apply');
});

test('the committed contract types are what the generator produces from the contract', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const committed = join(root, 'src/core/contract/generated');
  const fresh = mkdtempSync(join(tmpdir(), 'helpline-contract-types-'));
  try {
    execFileSync(process.execPath, [join(root, 'scripts/generate-contract-types.mjs'), fresh], { stdio: 'pipe' });
    const files = readdirSync(fresh).sort();
    assert.deepEqual(files, ['messages-api.ts', 'pylon.ts']);
    assert.deepEqual(readdirSync(committed).sort(), files, 'no stale generated file is left behind');
    for (const file of files) {
      const expected = readFileSync(join(fresh, file), 'utf8');
      const actual = readFileSync(join(committed, file), 'utf8');
      assert.ok(actual === expected, `${file} is out of date with the contract; run npm run contract:types`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});
