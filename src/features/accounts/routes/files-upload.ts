import { defineRoute, ok } from '../../../core/http/route.js';
import { uploadFormOf } from '../../attachments/upload-form.js';
import { uploadAccountFile } from '../../attachments/account-files.js';

/** `{id}` is the account's id or one of its external ids; the file comes as on `POST /attachments`. */
export default defineRoute({
  method: 'POST',
  url: '/accounts/:id/files',
  handler: async ({ request, deps, actor }) => {
    const form = uploadFormOf(request, deps.attachments.maxBytes);
    return ok(request, [await uploadAccountFile(deps, actor, request.params.id, form)]);
  },
});
