import { Type } from '@sinclair/typebox';
import { defineRoute, ok, PAGE_QUERY } from '../../../core/http/route.js';
import { listCustomFields } from '../custom-field.service.js';

/** `object_type` is required, as the contract says; cursor paging like every other list. */
const QUERY = Type.Composite([
  Type.Object({
    object_type: Type.String({
      description: 'The object type: "account", "issue", "contact", "task", "project", "meeting" or "opportunity".',
    }),
  }),
  PAGE_QUERY,
]);

export default defineRoute({
  method: 'GET',
  url: '/custom-fields',
  schema: { querystring: QUERY },
  handler: async ({ request, deps, actor }) => ok(request, await listCustomFields(deps, actor, request.query)),
});
