import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { ticketFormJson } from './ticket-form.json.js';
import {
  findTicketFormById,
  findTicketFormBySlug,
  insertTicketForm,
  listTicketForms as listTicketFormRows,
  type TicketForm,
} from './ticket-form.repository.js';

/** A ticket form of the caller's workspace that a request names, or a 404. */
export async function requireTicketForm(db: Db, actor: Actor, id: string): Promise<TicketForm> {
  const form = await findTicketFormById(db, actor.workspaceId, id);
  if (!form) throw notFound('Ticket form');
  return form;
}

/**
 * Adds a ticket form (the API has no operation for it: forms are made in the product, here by the demo). A second
 * form with the same slug is a duplicate naming the first.
 */
export async function addTicketForm(
  db: Db,
  actor: Actor,
  input: Omit<TicketForm, 'id' | 'workspaceId' | 'createdAt'>,
): Promise<TicketForm> {
  const form: TicketForm = { ...input, id: newId(), workspaceId: actor.workspaceId, createdAt: nowIso() };
  const failIfTaken = async () => {
    const existing = await findTicketFormBySlug(db, actor.workspaceId, form.slug);
    if (existing) throw duplicate(`A ticket form "${form.slug}" already exists`, existing.id);
  };
  await failIfTaken();
  try {
    await insertTicketForm(db, form);
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken();
    throw error;
  }
  return form;
}

export async function getTicketForm(deps: Deps, actor: Actor, id: string) {
  return ticketFormJson(await requireTicketForm(deps.store.db, actor, id), deps.publicUrl);
}

export const listTicketForms = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `ticket-forms:${actor.workspaceId}`,
    query,
    (page) => listTicketFormRows(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map((form) => ticketFormJson(form, deps.publicUrl)),
  );
