import { invalid } from '../../core/errors.js';
import { BASE_STATES } from '../issues/issue.service.js';
import { MAX_TAG_LENGTH } from '../issues/issue.fields.js';

/**
 * The inbox's views. `open` is every state the team still has to act on or wait for: not closed and not waiting on
 * the customer (so new, waiting on you and on hold); open, waiting on the customer and closed add up to all.
 * `unassigned` and `mine` leave closed issues out.
 */
export const INBOX_VIEWS = ['unassigned', 'mine', 'open', 'waiting_on_customer', 'closed', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const CLOSED = 'closed';
export const WAITING_ON_CUSTOMER = 'waiting_on_customer';

export const DEFAULT_INBOX_LIMIT = 25;
export const MAX_INBOX_LIMIT = 100;
const MAX_TAG_FILTERS = 10;
const MAX_STATE_FILTERS = BASE_STATES.length;
const MAX_TEXT_LENGTH = 500;
const MAX_ID_LENGTH = 100;

/** What narrows a view: every filter given must hold (each tag must be on the issue). */
export interface InboxFilters {
  states: string[];
  assigneeId: string | null;
  teamId: string | null;
  tags: string[];
  /** Full text over titles and message bodies (`search_text` on issues). */
  text: string | null;
}

export interface InboxQuery {
  view: InboxView;
  filters: InboxFilters;
  limit: number;
  cursor: string | null;
}

type RawQuery = Record<string, string | string[] | undefined>;

const PARAMETERS = new Set(['view', 'state', 'assignee_id', 'team_id', 'tag', 'q', 'limit', 'cursor']);

/** The one value of a parameter that may be given once; undefined when absent or empty. */
function single(query: RawQuery, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw invalid(`${name} must be given at most once`);
  return value === undefined || value === '' ? undefined : value;
}

/** The values of a list parameter, repeated (`tag=a&tag=b`) or comma-separated (`tag=a,b`), trimmed. */
function list(query: RawQuery, name: string, max: number): string[] {
  const raw = query[name];
  const given = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const values = [...new Set(given.flatMap((v) => v.split(',')).map((v) => v.trim()))].filter((v) => v !== '');
  if (values.length > max) throw invalid(`${name} takes at most ${max} values`);
  return values;
}

function id(query: RawQuery, name: string): string | null {
  const value = single(query, name);
  if (value === undefined) return null;
  if (value.length > MAX_ID_LENGTH) throw invalid(`${name} must be an id (at most ${MAX_ID_LENGTH} characters)`);
  return value;
}

function limitOf(query: RawQuery): number {
  const value = single(query, 'limit');
  if (value === undefined) return DEFAULT_INBOX_LIMIT;
  const limit = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_INBOX_LIMIT)) {
    throw invalid(`limit must be a whole number from 1 to ${MAX_INBOX_LIMIT}`);
  }
  return limit;
}

/** Checks `GET /console/api/inbox`'s query string: a 400 names the first parameter that is wrong. */
export function parseInboxQuery(query: RawQuery): InboxQuery {
  const unknown = Object.keys(query).find((name) => !PARAMETERS.has(name));
  if (unknown !== undefined) throw invalid(`Unknown query parameter ${unknown.slice(0, 50)}`);
  const view = single(query, 'view') ?? 'all';
  if (!INBOX_VIEWS.includes(view as InboxView)) throw invalid(`view must be one of ${INBOX_VIEWS.join(', ')}`);
  const states = list(query, 'state', MAX_STATE_FILTERS);
  const badState = states.find((state) => !BASE_STATES.includes(state));
  if (badState !== undefined) throw invalid(`state must be one of ${BASE_STATES.join(', ')}`);
  const tags = list(query, 'tag', MAX_TAG_FILTERS);
  if (tags.some((tag) => tag.length > MAX_TAG_LENGTH)) {
    throw invalid(`tag must be at most ${MAX_TAG_LENGTH} characters`);
  }
  const text = single(query, 'q')?.trim() || null;
  if (text !== null && text.length > MAX_TEXT_LENGTH) throw invalid(`q must be at most ${MAX_TEXT_LENGTH} characters`);
  return {
    view: view as InboxView,
    filters: { states, assigneeId: id(query, 'assignee_id'), teamId: id(query, 'team_id'), tags, text },
    limit: limitOf(query),
    cursor: single(query, 'cursor') ?? null,
  };
}
