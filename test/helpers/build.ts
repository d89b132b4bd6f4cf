import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { createWorkspace } from '../../src/features/workspaces/workspace.service.js';
import { createUser } from '../../src/features/users/user.service.js';
import { issueToken } from '../../src/features/api-tokens/api-token.service.js';
import {
  assertMatchesContract,
  contractOperation,
  servedDocumentFor,
  type ServedDocument,
} from './contract-validator.js';
import { freshDatabaseUrl } from './database.js';

export interface ApiResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  /** Raw payload (string or Buffer) sent as is, with the given headers. */
  raw?: string | Buffer;
  headers?: Record<string, string>;
  /** The bearer token; null sends no Authorization header. Defaults to the workspace's token. */
  token?: string | null;
}

export interface Api {
  request(method: string, url: string, options?: RequestOptions): Promise<ApiResponse>;
  get(url: string, options?: RequestOptions): Promise<ApiResponse>;
  post(url: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  patch(url: string, body?: unknown, options?: RequestOptions): Promise<ApiResponse>;
  delete(url: string, options?: RequestOptions): Promise<ApiResponse>;
}

export interface Workspace {
  workspaceId: string;
  userId: string;
  token: string;
  api: Api;
}

export interface Built extends Workspace {
  app: FastifyInstance;
  /** Another workspace on the same server: its token must never see this one's objects. */
  otherWorkspace(): Promise<Workspace>;
  /** A new member (not admin) of this workspace, with a token of their own. */
  member(): Promise<Workspace>;
}

/**
 * Every response is checked: the contract's schema for its operation and status, the served document's (its status
 * documented, its body matching), the error envelope on 4xx/5xx, and the request id header.
 */
function clientFor(app: FastifyInstance, defaultToken: string, served: ServedDocument): Api {
  const request = async (method: string, url: string, options: RequestOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? defaultToken : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let payload: string | Buffer | undefined = options.raw;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.inject({ method: method as 'GET', url, headers, payload });
    const isJson = String(res.headers['content-type'] ?? '').includes('application/json');
    const body = isJson && res.body !== '' ? res.json() : undefined;
    assert.ok(res.headers['x-request-id'], `${method} ${url}: X-Request-Id header missing`);
    if (res.statusCode >= 400) {
      assert.ok(
        Array.isArray(body?.errors) &&
          body.errors.length > 0 &&
          body.errors.every((e: unknown) => typeof e === 'string'),
        `${method} ${url} → ${res.statusCode}: not the error envelope: ${res.body.slice(0, 300)}`,
      );
      assert.equal(body.request_id, res.headers['x-request-id']);
      // The deliberate 5xx: 503 (a backing service is down) and 501 (an operation of the contract not implemented).
      assert.ok(
        res.statusCode < 500 || res.statusCode === 503 || res.statusCode === 501,
        `${method} ${url} → ${res.statusCode}: ${res.body.slice(0, 300)}`,
      );
    } else if (isJson && contractOperation(method, url)) {
      assert.equal(body?.request_id, res.headers['x-request-id'], `${method} ${url}: request_id missing from the body`);
    }
    if (isJson) assertMatchesContract(method, url, res.statusCode, body);
    served.assertMatches(method, url, res.statusCode, body);
    return { status: res.statusCode, headers: res.headers, body, text: res.body };
  };
  return {
    request,
    get: (url, options) => request('GET', url, options),
    post: (url, body, options) => request('POST', url, { ...options, body }),
    patch: (url, body, options) => request('PATCH', url, { ...options, body }),
    delete: (url, options) => request('DELETE', url, options),
  };
}

export interface BuildOptions {
  env?: Record<string, string>;
}

/** A fresh server on its own in-memory database, with a fresh workspace and its admin token. */
export async function build(t: TestContext, options: BuildOptions = {}): Promise<Built> {
  const config = parseConfig({
    DATABASE_URL: await freshDatabaseUrl(t),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_MULTIPLIER: '1000',
    ...options.env,
  });
  const app = await buildApp(config);
  t.after(() => app.close());
  const served = await servedDocumentFor(JSON.stringify(options.env ?? {}), async () =>
    (await app.inject({ method: 'GET', url: '/openapi.json' })).json(),
  );
  const addWorkspace = async (name: string): Promise<Workspace> => {
    const created = await app.helpline.store.db.transaction().execute((trx) => createWorkspace(trx, { name }));
    return {
      workspaceId: created.workspace_id,
      userId: created.user_id,
      token: created.token,
      api: clientFor(app, created.token, served),
    };
  };
  const main = await addWorkspace('Test workspace');
  const addMember = async (): Promise<Workspace> => {
    const db = app.helpline.store.db;
    const email = `member-${randomUUID()}@example.com`;
    const user = await createUser(db, { workspaceId: main.workspaceId, email, name: 'Member', role: 'member' });
    const issued = await issueToken(db, { workspaceId: main.workspaceId, userId: user.id, actorUserId: null });
    return {
      workspaceId: main.workspaceId,
      userId: user.id,
      token: issued.token,
      api: clientFor(app, issued.token, served),
    };
  };
  return { ...main, app, otherWorkspace: () => addWorkspace('Other workspace'), member: addMember };
}
