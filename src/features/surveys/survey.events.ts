import type { Json } from '../../core/json.js';

/** Events about surveys and the responses customers submit. */
export const EVENT_TYPES = ['survey.created', 'survey_response.created'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'survey.created': { survey: Json };
    'survey_response.created': { survey_id: string; survey_response: Json };
  }
}
