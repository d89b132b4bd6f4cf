import { defineRoute, ok } from '../../../core/http/route.js';
import { uploadFormOf } from '../upload-form.js';
import { uploadFile } from '../upload.js';

/**
 * `multipart/form-data` with the file in `file`, or a `file_url` Helpline fetches (public addresses only), and an
 * optional `description`. The answer's `url` is what `attachment_urls` takes on issues, replies and notes.
 */
export default defineRoute({
  method: 'POST',
  url: '/attachments',
  handler: async ({ request, deps, actor }) =>
    ok(request, await uploadFile(deps, actor, uploadFormOf(request, deps.attachments.maxBytes))),
});
