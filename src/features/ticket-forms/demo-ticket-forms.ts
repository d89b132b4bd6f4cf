import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { AppError } from '../../core/errors.js';
import type { TicketForm } from './ticket-form.repository.js';
import { addTicketForm } from './ticket-form.service.js';

type DemoForm = Omit<TicketForm, 'id' | 'workspaceId' | 'createdAt'>;

const SUBJECT = { slug: 'title', name: 'Subject', type: 'text', descriptionHtml: '<p>A short summary.</p>' };
const DETAILS = { slug: 'body_html', name: 'Details', type: 'rich_text', descriptionHtml: '' };
const EMAIL = { slug: 'requester_email', name: 'Your email', type: 'email', descriptionHtml: '' };

/** The demo's two forms: a public one for anyone, and one for signed-in customers of the portal. */
export const DEMO_TICKET_FORMS: DemoForm[] = [
  {
    name: 'Report a bug',
    slug: 'report-a-bug',
    isPublic: true,
    descriptionHtml: '<p>Tell us what went wrong and how to make it happen again.</p>',
    fields: [
      EMAIL,
      SUBJECT,
      { ...DETAILS, descriptionHtml: '<p>Steps to reproduce, what you expected, what happened.</p>' },
    ],
  },
  {
    name: 'Billing question',
    slug: 'billing-question',
    isPublic: false,
    descriptionHtml: '<p>Invoices, payment methods and plan changes.</p>',
    fields: [SUBJECT, DETAILS],
  },
];

/** Adds the demo forms; when the demo was loaded before, they are there already and stay as they are. */
export async function seedDemoTicketForms(deps: Deps, actor: Actor): Promise<number> {
  for (const form of DEMO_TICKET_FORMS) {
    try {
      await addTicketForm(deps.store.db, actor, form);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'duplicate')) throw error;
    }
  }
  return DEMO_TICKET_FORMS.length;
}
