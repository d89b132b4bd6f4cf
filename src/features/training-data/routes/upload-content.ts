import { defineRoute, ok } from '../../../core/http/route.js';
import { uploadTrainingDataContent } from '../training-data-upload.js';

/** The text becomes a `text/plain` document; an `external_id` the container holds already replaces that one. */
export default defineRoute({
  method: 'POST',
  url: '/training-data/upload-content',
  role: 'admin',
  handler: async ({ request, deps, actor }) => ok(request, await uploadTrainingDataContent(deps, actor, request.body)),
});
