import { deleteRelationship } from '../account-relationship.service.js';
import { defineRoute, ok } from '../../../core/http/route.js';

/** Answers the relationship that was removed. */
export default defineRoute({
  method: 'DELETE',
  url: '/accounts/:account_id/relationships/:relationship_id',
  handler: async ({ request, deps, actor }) =>
    ok(request, await deleteRelationship(deps, actor, request.params.account_id, request.params.relationship_id)),
});
