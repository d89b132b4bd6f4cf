import { Type, type Static } from '@sinclair/typebox';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';
import { isUniqueViolation } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { ticketFormJson } from './ticket-form.json.js';
import { findTicketFormBySlug, type TicketFormField } from './ticket-form.repository.js';
import { addTicketForm } from './ticket-form.service.js';

const FIELD = Type.Object({
  slug: Type.String({ description: 'The field’s slug, unique in the form.' }),
  name: Type.String({ description: 'The label shown to the customer.' }),
  type: Type.Optional(Type.String({ description: 'Its kind, e.g. text, rich_text, email, select (default text).' })),
  description_html: Type.Optional(Type.String({ description: 'Help text under the field (HTML).' })),
});

/** The body of `POST /ticket-forms`: a TicketForm's own fields. */
export const CreateTicketFormBody = Type.Object(
  {
    name: Type.String({ description: 'The name of the form.' }),
    slug: Type.String({ description: 'Unique in the workspace; the form is served at /forms/{slug}.' }),
    is_public: Type.Optional(Type.Boolean({ description: 'Anyone may submit it (default false: portal users).' })),
    description_html: Type.Optional(Type.String({ description: 'The text above the form (HTML).' })),
    fields: Type.Optional(Type.Array(FIELD, { description: 'The layout of the form, in order.' })),
  },
  { additionalProperties: true },
);
export type CreateTicketFormBody = Static<typeof CreateTicketFormBody>;

const SLUG = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const FIELD_TYPE = /^[a-z][a-z0-9_]{0,49}$/;
const SLUG_RULE = 'lower-case letters, digits, - and _ (at most 100)';

function fieldsOf(input: CreateTicketFormBody['fields']): TicketFormField[] {
  const seen = new Set<string>();
  return (input ?? []).map((f, i) => {
    const slug = f.slug.trim();
    if (!SLUG.test(slug)) throw invalid(`fields[${i}].slug must be ${SLUG_RULE}`);
    if (seen.has(slug)) throw invalid(`fields[${i}].slug ${slug} is used twice`);
    seen.add(slug);
    const name = f.name.trim();
    if (name === '') throw invalid(`fields[${i}].name is required`);
    const type = f.type?.trim() || 'text';
    if (!FIELD_TYPE.test(type)) throw invalid(`fields[${i}].type must be lower-case letters, digits and _`);
    return { slug, name, type, descriptionHtml: f.description_html ? sanitizeHtml(f.description_html) : '' };
  });
}

/** `POST /ticket-forms`: an admin makes a form; a slug already used is a duplicate (`exists_id` names that form). */
export async function createTicketForm(deps: Deps, actor: Actor, input: CreateTicketFormBody) {
  const name = input.name.trim();
  if (name === '' || name.length > 255) throw invalid('name is required (at most 255 characters)');
  const slug = input.slug.trim();
  if (!SLUG.test(slug)) throw invalid(`slug must be ${SLUG_RULE}`);
  const fields = fieldsOf(input.fields);
  const descriptionHtml = input.description_html ? sanitizeHtml(input.description_html) : '';
  try {
    const form = await deps.store.db.transaction().execute(async (trx) => {
      const form = await addTicketForm(trx, actor, {
        name,
        slug,
        isPublic: input.is_public ?? false,
        descriptionHtml,
        fields,
      });
      const json = { id: form.id, name, slug, is_public: form.isPublic };
      const layout = fields.map((f) => ({ slug: f.slug, name: f.name, type: f.type }));
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'ticket_form.created',
        subjectId: form.id,
        payload: { ticket_form: { ...json, fields: layout } },
      });
      await recordAudit(trx, {
        workspaceId: actor.workspaceId,
        actorUserId: actor.userId,
        action: 'ticket_form.created',
        objectType: 'ticket_form',
        objectId: form.id,
        attributes: { slug },
      });
      return form;
    });
    return ticketFormJson(form, deps.publicUrl);
  } catch (error) {
    // A concurrent create of the same slug: the loser names the winner.
    const existing = isUniqueViolation(error) && (await findTicketFormBySlug(deps.store.db, actor.workspaceId, slug));
    if (existing) throw duplicate(`A ticket form "${slug}" already exists`, existing.id);
    throw error;
  }
}
