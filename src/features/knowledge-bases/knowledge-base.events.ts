import type { Json } from '../../core/json.js';

/** Events about knowledge bases and the redirects of their sites. */
export const EVENT_TYPES = ['knowledge_base.created', 'route_redirect.created'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'knowledge_base.created': { knowledge_base: Json };
    'route_redirect.created': { route_redirect: Json; knowledge_base_id: string };
  }
}
