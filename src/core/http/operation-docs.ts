/**
 * How the served OpenAPI document presents an operation beyond its schemas: its one resource tag, its path
 * parameters' descriptions, and whether it is one of Helpline's extensions.
 */

export const EXTENSION_NOTE = "Helpline extension, not part of Pylon's API.";

/**
 * The contract's tags spell one resource several ways (`users`, `user` and `me` for users, `audit_logs`), and
 * Helpline's own operations have none: both are named like the feature folder that serves them.
 */
const TAG_ALIASES: Record<string, string> = {
  user: 'users',
  me: 'users',
  audit_logs: 'audit-logs',
  healthz: 'health',
  readyz: 'health',
  test: 'test-controls',
};

/** Helpline's extensions of a Pylon resource live under this prefix, so they cannot collide with Pylon's paths. */
const EXTENSION_PREFIX = 'helpline';

/** The one tag of an operation: its resource, from the contract's first tag or else the URL's first segment. */
export function resourceTag(url: string, contractTags: string[]): string {
  const segments = url.split('/').filter((s) => s !== '' && s !== EXTENSION_PREFIX);
  const name = contractTags[0] ?? segments[0] ?? EXTENSION_PREFIX;
  return TAG_ALIASES[name] ?? name;
}

const singular = (plural: string): string =>
  plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.endsWith('s') ? plural.slice(0, -1) : plural;

/** `api-tokens` → `API token`. */
const nounOf = (segment: string): string =>
  singular(segment)
    .split(/[-_]/)
    .map((word) => (word === 'api' ? 'API' : word))
    .join(' ');

/**
 * A path parameter the contract does not describe (Helpline's own operations), named after the collection it
 * follows: `/webhooks/:id` → "The webhook's id", `/deliveries/:delivery_id` → "The delivery's id".
 */
export function describePathParameter(url: string, name: string): string {
  const segments = url.split('/');
  const at = segments.indexOf(`:${name}`);
  const collection = segments
    .slice(0, at)
    .reverse()
    .find((s) => s !== '' && !s.startsWith(':'));
  if (name.endsWith('_id')) return `The ${nounOf(name.slice(0, -3))}'s id`;
  const noun = collection ? nounOf(collection) : 'object';
  return name === 'id' ? `The ${noun}'s id` : `The ${noun}'s ${name.replace(/_/g, ' ')}`;
}

/** An extension's description: what its route says, then that Pylon's clients will not find it elsewhere. */
export const describeExtension = (description: string | undefined): string =>
  description ? `${description}\n\n${EXTENSION_NOTE}` : EXTENSION_NOTE;
