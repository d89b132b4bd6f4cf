import type { Json } from '../../core/json.js';

/** Events about milestones: the milestone as the API shows it after a change, or, once deleted, its ids. */
export const EVENT_TYPES = ['milestone.created', 'milestone.updated', 'milestone.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'milestone.created': { milestone: Json };
    'milestone.updated': { milestone: Json };
    'milestone.deleted': { milestone_id: string; project_id: string };
  }
}
