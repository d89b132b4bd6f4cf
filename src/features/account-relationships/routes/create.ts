import { createRelationship } from '../account-relationship.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/**
 * `{account_id}` is the child (or client); `related_object_id` the parent (or partner). An account has one parent at
 * most and cannot descend from itself; the same link twice → 400 with `exists_id`.
 */
export default defineRoute({
  method: 'POST',
  url: '/accounts/:account_id/relationship',
  handler: async ({ request, deps, actor }) =>
    ok(request, await createRelationship(deps, actor, request.params.account_id, request.body)),
});
