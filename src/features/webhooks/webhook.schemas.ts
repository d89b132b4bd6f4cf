import { Type } from '@sinclair/typebox';

/**
 * Helpline's own shapes (webhooks are not part of Pylon's API), written once here: they validate requests, serialize
 * responses, document the operations and type the handlers.
 */
export const WEBHOOK_ENDPOINT = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Type.Optional(Type.String()),
  event_types: Type.Array(Type.String(), { description: 'Event types sent; empty means every type.' }),
  status: Type.Union([Type.Literal('active'), Type.Literal('paused')]),
  paused_reason: Type.Optional(Type.String()),
  failing_since: Type.Optional(Type.String()),
  created_at: Type.String(),
  updated_at: Type.String(),
  secret: Type.Optional(
    Type.String({ description: 'The signing secret (whsec_…), shown only when created or rotated.' }),
  ),
});

export const DELIVERY = Type.Object({
  id: Type.String(),
  event_id: Type.String(),
  event_type: Type.Optional(Type.String()),
  status: Type.Union([Type.Literal('pending'), Type.Literal('succeeded'), Type.Literal('failed')]),
  attempt_count: Type.Integer(),
  next_attempt_at: Type.Optional(Type.String()),
  last_status_code: Type.Optional(Type.Integer()),
  last_error: Type.Optional(Type.String()),
  created_at: Type.String(),
  attempts: Type.Array(
    Type.Object({
      attempted_at: Type.String(),
      status_code: Type.Optional(Type.Integer()),
      error: Type.Optional(Type.String()),
      duration_ms: Type.Integer(),
    }),
  ),
});
