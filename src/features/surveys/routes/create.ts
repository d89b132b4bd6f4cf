import { Type } from '@sinclair/typebox';
import type { ContractSchema } from '../../../core/contract/operation-types.js';
import { ref } from '../../../core/contract/spec.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { createSurvey } from '../survey.service.js';

/** Pylon's API reads surveys but cannot create them: without this, a workspace would have none. */
export default defineRoute({
  method: 'POST',
  url: '/surveys',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create a survey',
    description: 'Helpline extension. A survey named `name`, of type `nps`, `csat` or `custom`.',
    body: Type.Object({
      name: Type.String({ description: 'The name of the survey.' }),
      type: Type.String({ description: 'The type of the survey: `nps`, `csat` or `custom`.' }),
    }),
    response: one(Type.Unsafe<ContractSchema<'Survey'>>(ref('Survey'))),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createSurvey(deps, actor, request.body)),
});
