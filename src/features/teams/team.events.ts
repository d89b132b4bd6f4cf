import type { Json } from '../../core/json.js';

/** Events about teams: the team as the API shows it, members included. */
export const EVENT_TYPES = ['team.created', 'team.updated'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'team.created': { team: Json };
    'team.updated': { team: Json };
  }
}
