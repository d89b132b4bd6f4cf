import { defineRoute, ok } from '../../../core/http/route.js';
import { getCustomField } from '../custom-field.service.js';

export default defineRoute({
  method: 'GET',
  url: '/custom-fields/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getCustomField(deps, actor, request.params.id)),
});
