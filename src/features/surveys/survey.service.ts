import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractQuery } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { parseTimestamp } from '../../core/clock.js';
import type { Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { surveyJson, surveyResponseJson } from './survey.json.js';
import {
  findSurveyById,
  insertSurvey,
  isSurveyType,
  listSurveyResponses as listSurveyResponseRows,
  listSurveys as listSurveyRows,
  SURVEY_TYPES,
  type Survey,
} from './survey.repository.js';

const MAX_NAME_LENGTH = 200;

export async function requireSurvey(db: Db, actor: Actor, id: string): Promise<Survey> {
  const survey = await findSurveyById(db, actor.workspaceId, id);
  if (!survey) throw notFound('Survey');
  return survey;
}

/** Surveys are workspace configuration: created by an admin, audited. */
export async function createSurvey(deps: Deps, actor: Actor, input: { name: string; type: string }) {
  const name = input.name.trim();
  if (name === '') throw invalid('name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw invalid(`name must be at most ${MAX_NAME_LENGTH} characters`);
  const type = input.type;
  if (!isSurveyType(type)) throw invalid(`type must be one of ${SURVEY_TYPES.join(', ')}`);
  const now = nowIso();
  const survey: Survey = { id: newId(), workspaceId: actor.workspaceId, name, type, createdAt: now, updatedAt: now };
  return deps.store.db.transaction().execute(async (trx) => {
    await insertSurvey(trx, survey);
    const json = surveyJson(survey);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'survey.created',
      subjectId: survey.id,
      payload: { survey: json },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'survey.created',
      objectType: 'survey',
      objectId: survey.id,
      attributes: { type },
    });
    return json;
  });
}

export async function getSurvey(deps: Deps, actor: Actor, id: string) {
  return surveyJson(await requireSurvey(deps.store.db, actor, id));
}

export async function listSurveys(deps: Deps, actor: Actor) {
  return (await listSurveyRows(deps.store.db, actor.workspaceId)).map(surveyJson);
}

type ResponsesQuery = ContractQuery<'GET', '/surveys/:id/responses'>;

/** A survey's responses, filtered by submission time (exclusive bounds), account and contact. */
export async function listSurveyResponses(deps: Deps, actor: Actor, id: string, query: ResponsesQuery) {
  const db = deps.store.db;
  const survey = await requireSurvey(db, actor, id);
  const filter = {
    submittedAfter: query.submitted_after ? parseTimestamp(query.submitted_after, 'submitted_after') : undefined,
    submittedBefore: query.submitted_before ? parseTimestamp(query.submitted_before, 'submitted_before') : undefined,
    accountId: query.account_id || undefined,
    contactId: query.contact_id || undefined,
  };
  return pageById(
    `survey-responses:${survey.id}`,
    query,
    (page) => listSurveyResponseRows(db, actor.workspaceId, survey.id, filter, page),
    (rows) => rows.map(surveyResponseJson),
  );
}
