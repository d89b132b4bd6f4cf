import type { Json } from '../../core/json.js';

/**
 * Events about AI responses: an agent created, and a draft answered for an issue (its sources, whether it answers
 * the question, and the internal note it was posted as, when asked).
 */
export const EVENT_TYPES = ['ai_agent.created', 'issue.ai_response_created'] as const;

/** A knowledge-base article or macro a draft was composed from. */
export interface AiSourceJson {
  type: 'article' | 'macro';
  id: string;
  title: string;
}

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'ai_agent.created': { ai_agent: Json };
    'issue.ai_response_created': {
      issue_id: string;
      ai_agent_id: string;
      /** `model`: drafted by the configured model; `retrieval`: composed from the sources without a model. */
      mode: 'model' | 'retrieval';
      response_valid: boolean;
      sources: AiSourceJson[];
      /** The internal note the draft was posted as (`post_as_internal_note`); absent when only answered. */
      note_message_id?: string;
    };
  }
}
