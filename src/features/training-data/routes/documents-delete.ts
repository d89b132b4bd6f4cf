import { defineRoute } from '../../../core/http/route.js';
import { deleteTrainingDataDocuments } from '../training-data.service.js';

/** Removes documents (and their stored bytes, for good) by `document_ids` or `external_ids`; admins only. */
export default defineRoute({
  method: 'DELETE',
  url: '/training-data/:id/documents',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ({
    ...(await deleteTrainingDataDocuments(deps, actor, request.params.id, request.query)),
    request_id: request.id,
  }),
});
