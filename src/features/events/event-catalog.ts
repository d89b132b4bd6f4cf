import { importFeatureModules } from '../../core/discovery.js';

/**
 * The payload of every event type, by type name. Each feature announces its events in its `<resource>.events.ts`:
 * the names at run time (`EVENT_TYPES`) and, by declaration merging into this interface, the payload of each.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventPayloads {}

export type EventType = keyof EventPayloads & string;

/** Every event type of every feature, found once at start-up: webhook endpoints subscribe to these names. */
export const EVENT_TYPES: readonly string[] = (
  await importFeatureModules<{ EVENT_TYPES?: readonly string[] }>(/^[^/]+\/[^/]+\.events\.[jt]s$/)
).flatMap((found) => found.module.EVENT_TYPES ?? []);
