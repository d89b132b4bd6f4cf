import { Type } from '@sinclair/typebox';

/**
 * Helpline's own shapes for AI agents (Pylon's API names an agent by id in `POST /issues/{id}/ai-response` but has
 * no operation to manage them): they validate requests, serialize responses and document the operations.
 */
export const AI_AGENT = Type.Object({
  id: Type.String({ description: 'Pass as `ai_agent_id`; every workspace has the agent `default`.' }),
  name: Type.String(),
  instructions: Type.String({ description: 'How the agent drafts: tone, rules, what to say or avoid.' }),
  created_at: Type.Optional(Type.String({ description: 'Absent on the built-in `default` agent.' })),
  updated_at: Type.Optional(Type.String()),
});

export const CREATE_AI_AGENT = Type.Object({
  name: Type.String({ description: 'At most 200 characters.' }),
  instructions: Type.Optional(
    Type.String({ description: 'At most 10000 characters; empty or absent, the default instructions apply.' }),
  ),
});
