import { Type } from '@sinclair/typebox';
import type { ContractSchema } from '../../../core/contract/operation-types.js';
import { ref } from '../../../core/contract/spec.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { CreateTicketFormBody, createTicketForm } from '../ticket-form-creation.js';

/** Pylon's API lists ticket forms but cannot make one: without this, a workspace would have none. */
export default defineRoute({
  method: 'POST',
  url: '/ticket-forms',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create a ticket form',
    description:
      'Helpline extension. A form customers submit issues through, served at `/forms/{slug}`. Admins only; a ' +
      '`slug` already used answers 400 with `exists_id`. HTML is sanitized before it is stored.',
    body: CreateTicketFormBody,
    response: one(Type.Unsafe<ContractSchema<'TicketForm'>>(ref('TicketForm'))),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createTicketForm(deps, actor, request.body)),
});
