import multipart from '@fastify/multipart';
import fp from 'fastify-plugin';
import { AppError } from '../../core/errors.js';

/** The operations that take `multipart/form-data`: file uploads. */
const UPLOAD_ROUTES = new Set(['/attachments', '/accounts/:id/files', '/training-data/upload']);

/**
 * Multipart bodies, for the upload operations only: every other operation still refuses them with 415, as it
 * refuses any body that is neither JSON nor form-encoded. The upload routes read the parts as a stream and set
 * their own limits (ATTACHMENT_MAX_BYTES).
 */
export default fp(
  async (app) => {
    await app.register(multipart, { throwFileSizeLimit: false });
    app.addHook('preValidation', async (request) => {
      if (!request.isMultipart() || UPLOAD_ROUTES.has(request.routeOptions.url ?? '')) return;
      throw new AppError(
        'unsupported_media_type',
        'Content-Type multipart/form-data is not supported here; send application/json',
      );
    });
  },
  { name: 'attachments', dependencies: ['body-parsing'] },
);
