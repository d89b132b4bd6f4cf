import { Type, type Static } from '@sinclair/typebox';

/** The body of `POST /surveys/{id}/responses`: the fields of the contract's `SurveyResponse` a caller gives. */
export const RECORD_SURVEY_RESPONSE = Type.Object({
  account_id: Type.Optional(Type.String({ description: 'The ID of the account associated with the response.' })),
  contact_id: Type.Optional(Type.String({ description: 'The ID of the contact who submitted the response.' })),
  submitted_at: Type.Optional(
    Type.String({ description: 'When the response was submitted (RFC 3339); defaults to now.' }),
  ),
  answers: Type.Array(
    Type.Object({
      prompt: Type.Optional(Type.String({ description: 'The prompt/question that was answered.' })),
      question_type: Type.String({ description: 'The type of question: `score` or `comment`.' }),
      value: Type.String({ description: 'The answer: a whole number for a score, text for a comment.' }),
    }),
    { description: 'The answers submitted in this response.' },
  ),
});
export type RecordSurveyResponseInput = Static<typeof RECORD_SURVEY_RESPONSE>;
