import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { saveUserPassword } from '../../src/features/console-auth/console-auth.repository.js';
import { hashPassword } from '../../src/features/console-auth/password.js';
import { createUser } from '../../src/features/users/user.service.js';
import { build, type Built, type BuildOptions } from '../helpers/build.js';

export const PASSWORD = 'correct horse battery';

export interface ConsoleResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
}

export interface ConsoleRequest {
  body?: unknown;
  /** Sent as X-CSRF-Token; defaults to the token of the last sign-in. null sends none. */
  csrf?: string | null;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

/** A browser on the console: it keeps the session cookie the server sets, and the CSRF token sign-in answers. */
export interface ConsoleBrowser {
  request(method: string, url: string, options?: ConsoleRequest): Promise<ConsoleResponse>;
  signIn(email: string, password?: string, options?: ConsoleRequest): Promise<ConsoleResponse>;
  /** The session cookie's value, or undefined when signed out. */
  cookie(): string | undefined;
  csrf(): string | undefined;
}

/** The Set-Cookie header of a response for the session cookie, as one string. */
export function sessionSetCookie(res: ConsoleResponse): string | undefined {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return all.find((c) => c.startsWith('helpline_session='));
}

export function browser(app: FastifyInstance, remoteAddress = `10.${randomOctets()}`): ConsoleBrowser {
  let cookie: string | undefined;
  let csrf: string | undefined;
  const request = async (method: string, url: string, options: ConsoleRequest = {}): Promise<ConsoleResponse> => {
    const headers: Record<string, string> = { ...options.headers };
    if (cookie) headers.cookie = `helpline_session=${cookie}`;
    const token = options.csrf === undefined ? csrf : options.csrf;
    if (token) headers['x-csrf-token'] = token;
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers,
      remoteAddress: options.remoteAddress ?? remoteAddress,
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
    const body = res.body === '' ? undefined : res.json();
    assert.ok(res.headers['x-request-id'], `${method} ${url}: X-Request-Id header missing`);
    if (res.statusCode >= 400) {
      assert.ok(Array.isArray(body?.errors) && body.errors.length > 0, `${method} ${url}: not the envelope`);
      assert.equal(body.request_id, res.headers['x-request-id']);
    }
    const answer = { status: res.statusCode, headers: res.headers, body };
    const set = sessionSetCookie(answer);
    if (set) {
      const value = /^helpline_session=([^;]*)/.exec(set)![1]!;
      cookie = value === '' || /Expires=Thu, 01 Jan 1970/i.test(set) ? undefined : value;
    }
    if (res.statusCode === 200 && typeof body?.data?.csrf_token === 'string') csrf = body.data.csrf_token;
    return answer;
  };
  return {
    request,
    signIn: (email, password = PASSWORD, options = {}) =>
      request('POST', '/console/api/session', { ...options, body: { email, password } }),
    cookie: () => cookie,
    csrf: () => csrf,
  };
}

const randomOctets = () => Array.from({ length: 3 }, () => Math.floor(Math.random() * 254) + 1).join('.');

/** A user of the workspace with a console password. */
export async function agent(
  built: Pick<Built, 'app'>,
  workspaceId: string,
  options: { role?: 'admin' | 'member'; password?: string; email?: string } = {},
) {
  const db = built.app.helpline.store.db;
  const email = options.email ?? `agent-${randomUUID()}@example.com`;
  const user = await createUser(db, { workspaceId, email, name: 'Agent', role: options.role ?? 'member' });
  await saveUserPassword(db, user.id, await hashPassword(options.password ?? PASSWORD), new Date().toISOString());
  return { id: user.id, email };
}

/** A fresh server and workspace, and a browser signed in as a user of it (an admin unless told). */
export async function signedIn(t: TestContext, options: { role?: 'admin' | 'member'; build?: BuildOptions } = {}) {
  const built = await build(t, options.build);
  const user = await agent(built, built.workspaceId, { role: options.role ?? 'admin' });
  const b = browser(built.app);
  const res = await b.signIn(user.email);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return { built, user, browser: b };
}
