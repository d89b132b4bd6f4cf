import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { TicketForm } from './ticket-form.repository.js';

export function ticketFormJson(form: TicketForm, publicUrl: string): ContractSchema<'TicketForm'> {
  return {
    id: form.id,
    name: form.name,
    slug: form.slug,
    url: `${publicUrl}/forms/${form.slug}`,
    is_public: form.isPublic,
    description_html: form.descriptionHtml,
    fields: form.fields.map((f) => ({
      slug: f.slug,
      name: f.name,
      type: f.type,
      description_html: f.descriptionHtml,
    })),
  };
}
