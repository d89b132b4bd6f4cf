import { Type } from '@sinclair/typebox';

/**
 * Helpline's own shapes for reading a team's existing mailbox over IMAP (Pylon's API has no such operations),
 * written once here: they validate requests, serialize responses, document the operations and type the handlers.
 * The password is accepted, never answered.
 */
export const IMAP_MAILBOX = Type.Object({
  id: Type.String(),
  address: Type.String({ description: 'The support address whose mail the mailbox holds.' }),
  display_name: Type.Optional(
    Type.String({ description: 'The name outgoing mail from the support address carries in its From header.' }),
  ),
  host: Type.String(),
  port: Type.Integer(),
  tls: Type.Boolean({ description: 'Implicit TLS (IMAPS); false: plain, with STARTTLS when the server offers it.' }),
  username: Type.String(),
  folder: Type.String({ description: 'The folder read (default INBOX).' }),
  enabled: Type.Boolean({ description: 'Whether the mailbox is polled.' }),
  uid_validity: Type.Optional(Type.String({ description: "The folder's UIDVALIDITY when it was last read." })),
  last_uid: Type.Integer({ description: 'The highest UID taken from the folder (filed or skipped).' }),
  last_polled_at: Type.Optional(Type.String()),
  last_error: Type.Optional(
    Type.String({ description: 'What last went wrong: the server unreachable, a wrong password, a message skipped.' }),
  ),
  last_error_at: Type.Optional(Type.String()),
  created_at: Type.String(),
  updated_at: Type.String(),
});

const HOST = Type.String({ minLength: 1, maxLength: 253, pattern: '^[^\\s/@]+$', description: 'The IMAP server.' });
const PORT = Type.Integer({ minimum: 1, maximum: 65535 });
const USERNAME = Type.String({ minLength: 1, maxLength: 320 });
const PASSWORD = Type.String({ minLength: 1, maxLength: 1000, description: 'Stored to log in; never answered.' });
const FOLDER = Type.String({ minLength: 1, maxLength: 500 });
const DISPLAY_NAME = Type.String({
  maxLength: 200,
  description: 'The From header\'s name for the support address ("Acme Support"); empty removes it.',
});

export const CREATE_IMAP_MAILBOX = Type.Object(
  {
    address: Type.Optional(
      Type.String({ description: "The workspace's support address (default: the one it has); set when it has none." }),
    ),
    host: HOST,
    port: Type.Optional({ ...PORT, description: '993 with TLS, 143 without, by default.' }),
    tls: Type.Optional(Type.Boolean({ description: 'Implicit TLS (default true).' })),
    username: USERNAME,
    password: PASSWORD,
    folder: Type.Optional(FOLDER),
    enabled: Type.Optional(Type.Boolean({ description: 'Default true.' })),
    display_name: Type.Optional(DISPLAY_NAME),
  },
  { additionalProperties: false },
);

export const UPDATE_IMAP_MAILBOX = Type.Object(
  {
    host: Type.Optional(HOST),
    port: Type.Optional(PORT),
    tls: Type.Optional(Type.Boolean()),
    username: Type.Optional(USERNAME),
    password: Type.Optional(PASSWORD),
    folder: Type.Optional(FOLDER),
    enabled: Type.Optional(Type.Boolean()),
    display_name: Type.Optional(DISPLAY_NAME),
  },
  { additionalProperties: false },
);

export const IMAP_CONNECTION_TEST = Type.Object({
  ok: Type.Boolean(),
  error: Type.Optional(Type.String()),
  messages: Type.Optional(Type.Integer({ description: 'Messages in the folder, when it could be opened.' })),
});
