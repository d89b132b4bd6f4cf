import type { Json } from '../../core/json.js';

/** Events about projects: the project as the API shows it after a change, or, once deleted, only its id. */
export const EVENT_TYPES = ['project.created', 'project.updated', 'project.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'project.created': { project: Json };
    'project.updated': { project: Json };
    'project.deleted': { project_id: string };
  }
}
