import { Type, type Static } from '@sinclair/typebox';

/** The body of `POST /call-recordings`, Helpline's import of a recorded call (Pylon's API has no create). */
export const CreateCallRecordingBody = Type.Object(
  {
    title: Type.String({ description: 'The title of the call.' }),
    source: Type.Optional(
      Type.String({
        description:
          'The recorder it came from (e.g. gong, fathom, phone); lower-case letters, digits and _. ' +
          'Defaults to custom_call_recorder.',
      }),
    ),
    start_time: Type.Optional(Type.String({ description: 'When the call started (RFC 3339).' })),
    end_time: Type.Optional(Type.String({ description: 'When the call ended (RFC 3339), not before start_time.' })),
    duration_ms: Type.Optional(
      Type.Integer({
        description: 'Its length in milliseconds; defaults to end_time − start_time when both are given.',
      }),
    ),
    participant_emails: Type.Optional(
      Type.Union([Type.Array(Type.String()), Type.String()], {
        description: "The participants: a list, or one comma-separated string as Pylon's recorders send it.",
      }),
    ),
    external_id: Type.Optional(
      Type.String({ description: "The recorder's id for the call: a second import of it answers exists_id." }),
    ),
    issue_id: Type.Optional(
      Type.String({ description: 'The issue (id or number) the call was about: it lists the call as a voice call.' }),
    ),
    account_id: Type.Optional(Type.String({ description: 'The account the call was with.' })),
    url: Type.Optional(Type.String({ description: "The recording's address at the recorder (http or https)." })),
    summary: Type.Optional(Type.String({ description: 'A summary of the call.' })),
    transcript_segments: Type.Optional(
      Type.Array(Type.Object({ speaker: Type.String(), text: Type.String() }), {
        description: 'The transcript, one entry per spoken segment.',
      }),
    ),
  },
  { additionalProperties: true },
);
export type CreateCallRecordingBody = Static<typeof CreateCallRecordingBody>;
