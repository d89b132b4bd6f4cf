import { defineRoute, ok } from '../../../core/http/route.js';
import { getTicketForm } from '../ticket-form.service.js';

export default defineRoute({
  method: 'GET',
  url: '/ticket-forms/:id',
  handler: async ({ request, deps, actor }) => ok(request, await getTicketForm(deps, actor, request.params.id)),
});
