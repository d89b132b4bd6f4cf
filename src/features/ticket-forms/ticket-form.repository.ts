import type { Db } from '../../core/store/database.js';
import { fromFlag, toFlag, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import type { TicketFormRow } from './ticket-form.table.js';

export interface TicketFormField {
  slug: string;
  name: string;
  type: string;
  descriptionHtml: string;
}

export interface TicketForm {
  id: string;
  workspaceId: string;
  name: string;
  slug: string;
  isPublic: boolean;
  descriptionHtml: string;
  fields: TicketFormField[];
  createdAt: string;
}

function readFields(text: string): TicketFormField[] {
  const value: unknown = JSON.parse(text || '[]');
  if (!Array.isArray(value)) return [];
  return value.map((f: { slug?: string; name?: string; type?: string; description_html?: string }) => ({
    slug: String(f.slug ?? ''),
    name: String(f.name ?? ''),
    type: String(f.type ?? 'text'),
    descriptionHtml: String(f.description_html ?? ''),
  }));
}

const toTicketForm = (row: TicketFormRow): TicketForm => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  slug: row.slug,
  isPublic: fromFlag(row.is_public),
  descriptionHtml: row.description_html,
  fields: readFields(row.fields),
  createdAt: row.created_at,
});

export async function insertTicketForm(db: Db, form: TicketForm): Promise<void> {
  await db
    .insertInto('ticket_forms')
    .values({
      id: form.id,
      workspace_id: form.workspaceId,
      name: form.name,
      slug: form.slug,
      is_public: toFlag(form.isPublic),
      description_html: form.descriptionHtml,
      fields: toJsonColumn(
        form.fields.map((f) => ({ slug: f.slug, name: f.name, type: f.type, description_html: f.descriptionHtml })),
      ),
      created_at: form.createdAt,
    })
    .execute();
}

export async function findTicketFormById(db: Db, workspaceId: string, id: string): Promise<TicketForm | undefined> {
  const row = await db
    .selectFrom('ticket_forms')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toTicketForm(row);
}

export async function findTicketFormBySlug(db: Db, workspaceId: string, slug: string): Promise<TicketForm | undefined> {
  const row = await db
    .selectFrom('ticket_forms')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && toTicketForm(row);
}

export async function listTicketForms(db: Db, workspaceId: string, page: Page): Promise<TicketForm[]> {
  let query = db.selectFrom('ticket_forms').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toTicketForm);
}
