import type { JsonSchema } from '../../core/contract/spec.js';

/** Helpline's own shapes (webhooks are not part of Pylon's API), written once here for validation and the docs. */
export const WEBHOOK_ENDPOINT: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    description: { type: 'string' },
    event_types: { type: 'array', items: { type: 'string' }, description: 'Event types sent; empty means every type.' },
    status: { type: 'string', enum: ['active', 'paused'] },
    paused_reason: { type: 'string' },
    failing_since: { type: 'string' },
    created_at: { type: 'string' },
    updated_at: { type: 'string' },
    secret: { type: 'string', description: 'The signing secret (whsec_…), shown only when created or rotated.' },
  },
};

export const DELIVERY: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    event_id: { type: 'string' },
    event_type: { type: 'string' },
    status: { type: 'string', enum: ['pending', 'succeeded', 'failed'] },
    attempt_count: { type: 'integer' },
    next_attempt_at: { type: 'string' },
    last_status_code: { type: 'integer' },
    last_error: { type: 'string' },
    created_at: { type: 'string' },
    attempts: {
      type: 'array',
      items: {
        type: 'object',
        properties: { attempted_at: { type: 'string' }, status_code: { type: 'integer' }, error: { type: 'string' }, duration_ms: { type: 'integer' } },
      },
    },
  },
};

const PAGINATION: JsonSchema = { type: 'object', properties: { cursor: { type: 'string' }, has_next_page: { type: 'boolean' } }, required: ['cursor', 'has_next_page'] };

export const one = (data: JsonSchema): JsonSchema => ({ type: 'object', properties: { data, request_id: { type: 'string' } } });
export const list = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: { data: { type: 'array', items: item }, pagination: PAGINATION, request_id: { type: 'string' } },
});
export const TAGS = ['webhooks'];
