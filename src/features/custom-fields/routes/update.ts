import { defineRoute, ok } from '../../../core/http/route.js';
import { updateCustomField } from '../custom-field.service.js';

/** A new slug moves the values objects hold; options taken out leave the objects that had them. */
export default defineRoute({
  method: 'PATCH',
  url: '/custom-fields/:id',
  role: 'admin',
  handler: async ({ request, deps, actor }) =>
    ok(request, await updateCustomField(deps, actor, request.params.id, request.body)),
});
