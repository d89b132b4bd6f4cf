import { defineRoute } from '../../../core/http/route.js';
import { disconnectDevin } from '../devin.service.js';

/**
 * Only an OAuth token issued to the Devin app may call this; Helpline issues no app tokens, so it answers 403 with
 * Pylon's wording to every caller, and changes nothing.
 */
export default defineRoute({
  method: 'POST',
  url: '/integrations/devin/disconnect',
  handler: async () => disconnectDevin(),
});
