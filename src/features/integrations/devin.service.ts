import { forbidden } from '../../core/errors.js';

/**
 * Pylon's words for a caller whose token was not issued to the Devin app (the operation's description). Helpline
 * issues API tokens only, never an OAuth token to an app, so every caller is such a caller.
 */
export const NOT_A_DEVIN_TOKEN = 'Only callable with an OAuth token issued to the Devin app.';

/** `POST /integrations/devin/disconnect`: there is no Devin grant to revoke for any token Helpline issues. */
export function disconnectDevin(): never {
  throw forbidden(NOT_A_DEVIN_TOKEN);
}
