import { Type } from '@sinclair/typebox';

/** The console's own requests about notifications and email (not the public API's, so not in its document). */
export const NOTIFICATION_SETTINGS_PATCH = Type.Object(
  {
    email_new_unassigned: Type.Optional(
      Type.Boolean({ description: 'Email me when a new issue is opened and nobody is assigned.' }),
    ),
    email_customer_reply: Type.Optional(
      Type.Boolean({ description: 'Email me when a customer replies on an issue assigned to me.' }),
    ),
  },
  { additionalProperties: false },
);

export const ISSUE_PARAMS = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const EMAIL_SETTINGS_PUT = Type.Object(
  {
    support_address: Type.Optional(
      Type.String({ maxLength: 320, description: 'Mail to this address opens issues here; empty removes it.' }),
    ),
    display_name: Type.Optional(
      Type.String({ maxLength: 200, description: 'The name mail from the support address carries; empty removes it.' }),
    ),
  },
  { additionalProperties: false },
);
