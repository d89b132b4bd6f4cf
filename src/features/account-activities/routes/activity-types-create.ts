import { Type } from '@sinclair/typebox';
import type { ContractSchema } from '../../../core/contract/operation-types.js';
import { ref } from '../../../core/contract/spec.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { CreateActivityTypeBody, createActivityType } from '../activity-type-creation.js';

/** Pylon's API lists activity types but cannot define one: without this, only the built-in set could be logged. */
export default defineRoute({
  method: 'POST',
  url: '/activity-types',
  role: 'admin',
  rateLimitPerMinute: 10,
  schema: {
    summary: 'Create an activity type',
    description:
      'Helpline extension. Adds a kind of account activity that `POST /accounts/{id}/activities` can then log by ' +
      '`slug`. Admins only; a slug already in the catalog (built-in or not) answers 400 with `exists_id`.',
    body: CreateActivityTypeBody,
    response: one(Type.Unsafe<ContractSchema<'ActivityType'>>(ref('ActivityType'))),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createActivityType(deps, actor, request.body)),
});
