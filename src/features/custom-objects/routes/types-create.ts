import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { createCustomObjectType } from '../custom-object-type.service.js';
import { CREATE_CUSTOM_OBJECT_TYPE, CUSTOM_OBJECT_TYPE } from '../custom-object-type.schemas.js';

/** Configuration, so admin only; a slug already taken → 400 with `exists_id`. */
export default defineRoute({
  method: 'POST',
  url: '/custom-object-types',
  role: 'admin',
  rateLimitPerMinute: 20,
  schema: {
    summary: 'Create a custom object type',
    description:
      'Defines a type of custom object: its slug (the `{type}` of `/custom-objects/{type}`), its name, and the ' +
      'fields its records hold in `custom_fields` (each with a slug, a label, a custom field value type, and ' +
      'whether it is required). Every record also has a name and may link to an account (`custom_fields.account`).',
    body: CREATE_CUSTOM_OBJECT_TYPE,
    response: one(CUSTOM_OBJECT_TYPE),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createCustomObjectType(deps, actor, request.body)),
});
