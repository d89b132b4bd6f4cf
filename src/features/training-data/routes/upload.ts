import { defineRoute, ok } from '../../../core/http/route.js';
import { trainingUploadFormOf } from '../training-data-form.js';
import { uploadTrainingDataFiles } from '../training-data-upload.js';

/**
 * `multipart/form-data`: one to ten `files` parts, each at most ATTACHMENT_MAX_BYTES (413 beyond) and of a type told
 * from its bytes (PDF, text, JPEG, PNG, GIF or WebP; others → 400). Admins only.
 */
export default defineRoute({
  method: 'POST',
  url: '/training-data/upload',
  role: 'admin',
  handler: async ({ request, deps, actor }) =>
    ok(request, await uploadTrainingDataFiles(deps, actor, trainingUploadFormOf(request, deps.attachments.maxBytes))),
});
