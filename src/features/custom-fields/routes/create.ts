import { defineRoute, ok } from '../../../core/http/route.js';
import { createCustomField } from '../custom-field.service.js';

export default defineRoute({
  method: 'POST',
  url: '/custom-fields',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await createCustomField(deps, actor, request.body)),
});
