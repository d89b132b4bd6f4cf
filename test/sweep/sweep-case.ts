import type { Api } from '../helpers/build.js';

/** What a sweep case gets: a fresh workspace's API client (admin token), its user id and workspace id. */
export interface SweepContext {
  api: Api;
  userId: string;
  workspaceId: string;
}

/** The concrete request a case sends: a path with real ids, and a JSON body or a multipart form. */
export interface SweepRequest {
  path: string;
  body?: unknown;
  /** Multipart fields (strings) and files, for upload operations. */
  form?: Record<string, string | { filename: string; content: Buffer; type: string }>;
}

/**
 * One operation of the contract called with a valid request. `operation` is the contract's method and OpenAPI path
 * (`'POST /tasks/{id}/comments'`); `request` creates what the request needs through the API and answers it.
 */
export interface SweepCase {
  operation: string;
  request(ctx: SweepContext): Promise<SweepRequest>;
  /** The status a valid request gets when it is not 200 (an operation that refuses every caller Helpline has). */
  status?: number;
}
