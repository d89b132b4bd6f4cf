import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Survey, SurveyResponse } from './survey.repository.js';

export function surveyJson(survey: Survey): ContractSchema<'Survey'> {
  return { id: survey.id, name: survey.name, type: survey.type, updated_at: survey.updatedAt };
}

export function surveyResponseJson(response: SurveyResponse): ContractSchema<'SurveyResponse'> {
  return compact<ContractSchema<'SurveyResponse'>>({
    id: response.id,
    account_id: response.accountId,
    contact_id: response.contactId,
    answers: response.answers.map((a) => ({ prompt: a.prompt, question_type: a.questionType, value: a.value })),
    submitted_at: response.submittedAt,
  });
}
