import { randomUUID } from 'node:crypto';
import { nowIso } from '../../core/clock.js';
import { invalid } from '../../core/errors.js';

export const FAULT_KINDS = ['status', 'rate_limit', 'latency', 'drop'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** What a test asks for: the next `count` matching requests of its workspace fail this way. */
export interface FaultInput {
  method: string;
  /** A route template (`/issues/:id/note`, or `/issues/{id}/note`) or a concrete path (`/issues/42/note`). */
  path: string;
  count: number;
  kind: FaultKind;
  status?: number;
  latency_ms?: number;
  retry_after_s?: number;
}

export interface Fault {
  id: string;
  method: string;
  path: string;
  kind: FaultKind;
  /** Matching requests still to meet this fault. */
  remaining: number;
  status?: number;
  latency_ms?: number;
  retry_after_s?: number;
  created_at: string;
}

/** A latency longer than this would meet REQUEST_TIMEOUT_MS or a client's own timeout first. */
export const MAX_LATENCY_MS = 60_000;
const MAX_COUNT = 10_000;
const MAX_FAULTS_PER_WORKSPACE = 100;

function checkedFields(input: FaultInput): Pick<Fault, 'status' | 'latency_ms' | 'retry_after_s'> {
  switch (input.kind) {
    case 'status':
      if (input.status === undefined || input.status < 400 || input.status > 599)
        throw invalid('status (400 to 599) is required for a status fault');
      return { status: input.status };
    case 'rate_limit': {
      const seconds = input.retry_after_s ?? 1;
      if (seconds < 1 || seconds > 3600) throw invalid('retry_after_s must be from 1 to 3600');
      return { retry_after_s: seconds };
    }
    case 'latency':
      if (input.latency_ms === undefined || input.latency_ms < 1 || input.latency_ms > MAX_LATENCY_MS)
        throw invalid(`latency_ms (1 to ${MAX_LATENCY_MS}) is required for a latency fault`);
      return { latency_ms: input.latency_ms };
    case 'drop':
      return {};
  }
}

/** The path as routes are written: `{id}` becomes `:id`, and a query string or trailing slash is dropped. */
function normalizePath(path: string): string {
  const bare = path
    .trim()
    .split('?')[0]!
    .replace(/\{([A-Za-z_]+)\}/g, ':$1');
  if (!bare.startsWith('/')) throw invalid('path must start with /');
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare;
}

/**
 * The faults injected into this instance, per workspace, in memory: they are not shared between instances and do
 * not survive a restart. The first fault (oldest first) matching a request takes one of its count; at zero it is gone.
 */
export class FaultBook {
  private readonly byWorkspace = new Map<string, Fault[]>();

  add(workspaceId: string, input: FaultInput): Fault {
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_COUNT)
      throw invalid(`count must be a whole number from 1 to ${MAX_COUNT}`);
    const faults = this.byWorkspace.get(workspaceId) ?? [];
    if (faults.length >= MAX_FAULTS_PER_WORKSPACE)
      throw invalid(`At most ${MAX_FAULTS_PER_WORKSPACE} faults at a time; clear some first`);
    const fault: Fault = {
      id: randomUUID(),
      method: input.method.toUpperCase(),
      path: normalizePath(input.path),
      kind: input.kind,
      remaining: input.count,
      ...checkedFields(input),
      created_at: nowIso(),
    };
    faults.push(fault);
    this.byWorkspace.set(workspaceId, faults);
    return fault;
  }

  list(workspaceId: string): Fault[] {
    return [...(this.byWorkspace.get(workspaceId) ?? [])];
  }

  /** Removes every fault of the workspace; answers how many there were. */
  clear(workspaceId: string): number {
    const count = this.byWorkspace.get(workspaceId)?.length ?? 0;
    this.byWorkspace.delete(workspaceId);
    return count;
  }

  /** Whether no workspace has a fault: the common case, answered without looking at the request. */
  isEmpty(): boolean {
    return this.byWorkspace.size === 0;
  }

  /**
   * The fault a request meets, taking one of its count, or undefined. A fault's path matches the request's route
   * template or its concrete path; HEAD counts as GET, as it does for rate limits.
   */
  take(workspaceId: string, request: { method: string; routeUrl: string; path: string }): Fault | undefined {
    const faults = this.byWorkspace.get(workspaceId);
    if (!faults) return undefined;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const index = faults.findIndex(
      (f) => f.method === method && (f.path === request.routeUrl || f.path === request.path),
    );
    if (index < 0) return undefined;
    const fault = faults[index]!;
    fault.remaining -= 1;
    if (fault.remaining === 0) faults.splice(index, 1);
    if (faults.length === 0) this.byWorkspace.delete(workspaceId);
    return { ...fault };
  }
}
