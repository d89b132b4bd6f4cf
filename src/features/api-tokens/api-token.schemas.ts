import { Type } from '@sinclair/typebox';

/**
 * Helpline's own shapes for managing API tokens (Pylon's API has no such operations), written once here: they
 * validate requests, serialize responses, document the operations and type the handlers. The secret is never
 * stored, so it can only be part of the answer that creates it.
 */
export const API_TOKEN = Type.Object({
  id: Type.String(),
  name: Type.String(),
  user_id: Type.String({ description: 'The user the token acts as.' }),
  status: Type.Union([Type.Literal('active'), Type.Literal('expired'), Type.Literal('revoked')]),
  created_at: Type.String(),
  expires_at: Type.Optional(Type.String({ description: 'After this moment the token no longer authenticates.' })),
  last_used_at: Type.Optional(
    Type.String({ description: 'When the token last authenticated a request, to the minute.' }),
  ),
  revoked_at: Type.Optional(Type.String()),
});

export const ISSUED_API_TOKEN = Type.Composite([
  API_TOKEN,
  Type.Object({ token: Type.String({ description: 'The secret (hl_…), shown only in this answer.' }) }),
]);

export const CREATE_API_TOKEN = Type.Object({
  name: Type.Optional(Type.String({ description: 'What the token is for (default "API token").' })),
  user_id: Type.Optional(Type.String({ description: 'The user the token acts as (default: the caller).' })),
  expires_at: Type.Optional(Type.String({ description: 'RFC 3339; must be in the future.' })),
  expires_in_days: Type.Optional(Type.Integer({ description: 'An alternative to expires_at: 1 to 3650 days.' })),
});
