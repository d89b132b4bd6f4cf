import type { Json } from '../../core/json.js';

/** Events about feature requests; a change of portal visibility is an update. */
export const EVENT_TYPES = ['feature_request.created', 'feature_request.updated', 'feature_request.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'feature_request.created': { feature_request: Json };
    'feature_request.updated': { feature_request: Json };
    'feature_request.deleted': { feature_request: Json };
  }
}
