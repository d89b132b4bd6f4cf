import type { Selectable } from 'kysely';

/** Surveys sent to customers (NPS, CSAT or custom). */
export interface SurveysTable {
  id: string;
  workspace_id: string;
  name: string;
  type: string;
  created_at: string;
  updated_at: string;
}

/** One customer's submitted answers to a survey; `answers` is the JSON array of `{prompt, question_type, value}`. */
export interface SurveyResponsesTable {
  id: string;
  workspace_id: string;
  survey_id: string;
  account_id: string | null;
  contact_id: string | null;
  answers: string;
  submitted_at: string;
}

export type SurveyRow = Selectable<SurveysTable>;
export type SurveyResponseRow = Selectable<SurveyResponsesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    surveys: SurveysTable;
    survey_responses: SurveyResponsesTable;
  }
}
