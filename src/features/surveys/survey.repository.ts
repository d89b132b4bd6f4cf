import type { Db } from '../../core/store/database.js';
import type { Page } from '../../core/store/keyset.js';
import { toJsonColumn } from '../../core/store/json-columns.js';
import type { SurveyResponseRow, SurveyRow } from './survey.table.js';

export const SURVEY_TYPES = ['nps', 'csat', 'custom'] as const;
export type SurveyType = (typeof SURVEY_TYPES)[number];
export const isSurveyType = (value: string): value is SurveyType => (SURVEY_TYPES as readonly string[]).includes(value);

export interface Survey {
  id: string;
  workspaceId: string;
  name: string;
  type: SurveyType;
  createdAt: string;
  updatedAt: string;
}

export interface SurveyAnswer {
  prompt: string;
  questionType: string;
  value: string;
}

export interface SurveyResponse {
  id: string;
  workspaceId: string;
  surveyId: string;
  accountId: string | null;
  contactId: string | null;
  answers: SurveyAnswer[];
  submittedAt: string;
}

/** Which responses of a survey a list shows. */
export interface SurveyResponseFilter {
  submittedAfter?: string;
  submittedBefore?: string;
  accountId?: string;
  contactId?: string;
}

const toSurvey = (row: SurveyRow): Survey => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  // Only the three types are ever stored.
  type: isSurveyType(row.type) ? row.type : 'custom',
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The stored answers: a JSON array of `{ prompt, questionType, value }`. */
function readAnswers(text: string): SurveyAnswer[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return [];
  return value.map((a: Partial<Record<keyof SurveyAnswer, unknown>>) => ({
    prompt: String(a.prompt ?? ''),
    questionType: String(a.questionType ?? ''),
    value: String(a.value ?? ''),
  }));
}

const toSurveyResponse = (row: SurveyResponseRow): SurveyResponse => ({
  id: row.id,
  workspaceId: row.workspace_id,
  surveyId: row.survey_id,
  accountId: row.account_id,
  contactId: row.contact_id,
  answers: readAnswers(row.answers),
  submittedAt: row.submitted_at,
});

export async function insertSurvey(db: Db, survey: Survey): Promise<void> {
  await db
    .insertInto('surveys')
    .values({
      id: survey.id,
      workspace_id: survey.workspaceId,
      name: survey.name,
      type: survey.type,
      created_at: survey.createdAt,
      updated_at: survey.updatedAt,
    })
    .execute();
}

export async function findSurveyById(db: Db, workspaceId: string, id: string): Promise<Survey | undefined> {
  const row = await db
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toSurvey(row);
}

/** The workspace's surveys in id (creation) order: all of them, or one page of those matching. */
export async function listSurveys(db: Db, workspaceId: string, page?: Page): Promise<Survey[]> {
  let query = db.selectFrom('surveys').selectAll().where('workspace_id', '=', workspaceId);
  if (page?.afterId) query = query.where('id', '>', page.afterId);
  if (page?.matching) query = query.where(page.matching);
  if (page) query = query.limit(page.limit + 1);
  return (await query.orderBy('id').execute()).map(toSurvey);
}

export async function insertSurveyResponse(db: Db, response: SurveyResponse): Promise<void> {
  await db
    .insertInto('survey_responses')
    .values({
      id: response.id,
      workspace_id: response.workspaceId,
      survey_id: response.surveyId,
      account_id: response.accountId,
      contact_id: response.contactId,
      answers: toJsonColumn(response.answers),
      submitted_at: response.submittedAt,
    })
    .execute();
}

/** One page of a survey's responses in id (recording) order. */
export async function listSurveyResponses(
  db: Db,
  workspaceId: string,
  surveyId: string,
  filter: SurveyResponseFilter,
  page: Page,
): Promise<SurveyResponse[]> {
  let query = db
    .selectFrom('survey_responses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId);
  if (filter.submittedAfter) query = query.where('submitted_at', '>', filter.submittedAfter);
  if (filter.submittedBefore) query = query.where('submitted_at', '<', filter.submittedBefore);
  if (filter.accountId) query = query.where('account_id', '=', filter.accountId);
  if (filter.contactId) query = query.where('contact_id', '=', filter.contactId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toSurveyResponse);
}
