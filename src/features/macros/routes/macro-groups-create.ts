import { Type } from '@sinclair/typebox';
import type { ContractSchema } from '../../../core/contract/operation-types.js';
import { ref } from '../../../core/contract/spec.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { createMacroGroup } from '../macro-group.service.js';

/** Pylon's API lists macro groups but cannot create them: without this, no macro could be created. */
export default defineRoute({
  method: 'POST',
  url: '/macro-groups',
  role: 'admin',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'Create a macro group',
    description: 'Helpline extension. A group to file macros in, titled `title`.',
    body: Type.Object({ title: Type.String({ description: 'The title of the macro group.' }) }),
    response: one(Type.Unsafe<ContractSchema<'MacroGroup'>>(ref('MacroGroup'))),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createMacroGroup(deps, actor, request.body)),
});
