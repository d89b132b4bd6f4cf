import { Type } from '@sinclair/typebox';
import type { ContractSchema } from '../../../core/contract/operation-types.js';
import { ref } from '../../../core/contract/spec.js';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { RECORD_SURVEY_RESPONSE } from '../survey-response.schemas.js';
import { recordSurveyResponse } from '../survey-response.service.js';

/** Pylon's API cannot record survey responses; this is how responses collected elsewhere reach the survey. */
export default defineRoute({
  method: 'POST',
  url: '/surveys/:id/responses',
  rateLimitPerMinute: 60,
  schema: {
    summary: 'Record a survey response',
    description:
      'Helpline extension. A response to the survey from `contact_id` (and `account_id`, by default the ' +
      "contact's account), submitted at `submitted_at` (default now). Scores are whole numbers (NPS 0–10, CSAT 1–5).",
    body: RECORD_SURVEY_RESPONSE,
    response: one(Type.Unsafe<ContractSchema<'SurveyResponse'>>(ref('SurveyResponse'))),
  },
  handler: async ({ request, deps, actor }) =>
    ok(request, await recordSurveyResponse(deps, actor, request.params.id, request.body)),
});
