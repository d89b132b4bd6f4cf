import type { Actor } from '../../core/actor.js';
import { nowIso, parseTimestamp } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById } from '../accounts/account.repository.js';
import { findContactById } from '../contacts/contact.repository.js';
import { recordEvent } from '../events/event.service.js';
import { surveyResponseJson } from './survey.json.js';
import { insertSurveyResponse, type SurveyAnswer, type SurveyResponse, type SurveyType } from './survey.repository.js';
import { requireSurvey } from './survey.service.js';
import type { RecordSurveyResponseInput } from './survey-response.schemas.js';

/** The scores each type of survey asks for (NPS 0–10, CSAT 1–5); a custom survey's scale is its own. */
const SCORE_RANGES: Record<SurveyType, [number, number] | undefined> = {
  nps: [0, 10],
  csat: [1, 5],
  custom: undefined,
};
const MAX_ANSWERS = 100;
const MAX_ANSWER_LENGTH = 10_000;

function answer(type: SurveyType, raw: RecordSurveyResponseInput['answers'][number], at: string): SurveyAnswer {
  const prompt = (raw.prompt ?? '').trim();
  if (raw.question_type === 'comment') {
    if (raw.value.length > MAX_ANSWER_LENGTH)
      throw invalid(`${at}.value must be at most ${MAX_ANSWER_LENGTH} characters`);
    return { prompt, questionType: 'comment', value: raw.value };
  }
  if (raw.question_type !== 'score') throw invalid(`${at}.question_type must be score or comment`);
  const value = raw.value.trim();
  const range = SCORE_RANGES[type];
  if (!/^-?\d+$/.test(value) || (range && (Number(value) < range[0] || Number(value) > range[1])))
    throw invalid(`${at}.value must be a whole number${range ? ` from ${range[0]} to ${range[1]}` : ''}`);
  return { prompt, questionType: 'score', value: String(Number(value)) };
}

/** The contact and account a response is from; a contact's account stands in for an account not given. */
async function respondent(db: Db, actor: Actor, input: RecordSurveyResponseInput) {
  let accountId = input.account_id || null;
  const contactId = input.contact_id || null;
  if (contactId) {
    const contact = await findContactById(db, actor.workspaceId, contactId);
    if (!contact) throw notFound('Contact');
    accountId ??= contact.accountId;
  }
  if (input.account_id && !(await findAccountById(db, actor.workspaceId, input.account_id))) throw notFound('Account');
  return { accountId, contactId };
}

/**
 * Records a customer's response to a survey (Pylon collects these itself and its API only reads them): answers
 * checked against the survey's type, the contact and account checked to be the workspace's.
 */
export async function recordSurveyResponse(
  deps: Deps,
  actor: Actor,
  surveyId: string,
  input: RecordSurveyResponseInput,
) {
  const db = deps.store.db;
  const survey = await requireSurvey(db, actor, surveyId);
  if (input.answers.length === 0) throw invalid('answers must hold at least one answer');
  if (input.answers.length > MAX_ANSWERS) throw invalid(`answers must hold at most ${MAX_ANSWERS} answers`);
  const answers = input.answers.map((raw, i) => answer(survey.type, raw, `answers[${i}]`));
  const response: SurveyResponse = {
    id: newId(),
    workspaceId: actor.workspaceId,
    surveyId: survey.id,
    ...(await respondent(db, actor, input)),
    answers,
    submittedAt: input.submitted_at ? parseTimestamp(input.submitted_at, 'submitted_at') : nowIso(),
  };
  return db.transaction().execute(async (trx) => {
    await requireSurvey(trx, actor, survey.id);
    await insertSurveyResponse(trx, response);
    const json = surveyResponseJson(response);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'survey_response.created',
      subjectId: response.id,
      payload: { survey_id: survey.id, survey_response: json },
    });
    return json;
  });
}
