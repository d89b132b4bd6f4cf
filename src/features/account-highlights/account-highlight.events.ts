import type { Json } from '../../core/json.js';

/** Events about account highlights: the highlight as the API shows it, or, once deleted, its ids. */
export const EVENT_TYPES = [
  'account_highlight.created',
  'account_highlight.updated',
  'account_highlight.deleted',
] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'account_highlight.created': { highlight: Json };
    'account_highlight.updated': { highlight: Json };
    'account_highlight.deleted': { highlight_id: string; account_id: string };
  }
}
