import { isEmail } from '../../core/email-address.js';

export interface InboundAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** A received email, as the SMTP listener hands it over (parsed, size already checked). */
export interface InboundEmail {
  /** Envelope recipients (RCPT TO). */
  recipients: string[];
  from: { address: string; name?: string };
  to: string[];
  cc: string[];
  subject: string;
  html?: string;
  text?: string;
  /** RFC 5322 Message-ID, with angle brackets. */
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  attachments: InboundAttachment[];
}

/**
 * The longest Message-ID kept. Real ones are well under 100 characters; a longer one would not fit PostgreSQL's
 * index entry limit (about 2.7 kB), so it is ignored rather than failing the message.
 */
export const MAX_MESSAGE_ID_LENGTH = 250;

/**
 * The References kept for threading: the last ones, since each reply appends its parent (RFC 5322 3.6.4). A
 * thousand-entry header would otherwise become a query with more parameters than the database takes.
 */
export const MAX_REFERENCES = 20;

// eslint-disable-next-line no-control-regex -- the control characters are what this matches
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- NUL is what this matches
const NUL = /\u0000/g;

/** Free text without NUL characters, which PostgreSQL cannot store in text: removed on every database alike. */
export const withoutNul = (text: string): string => text.replace(NUL, '');

/** An RFC 5322 msg-id in angle brackets, without spaces or control characters, of a length worth indexing. */
export const isMessageId = (id: string): boolean =>
  id.length <= MAX_MESSAGE_ID_LENGTH && /^<[^<>\s]+>$/.test(id) && !CONTROL.test(id);

/** An address that can be stored and compared: control characters (NUL among them) make it no address. */
export const isCleanAddress = (address: string): boolean => isEmail(address) && !CONTROL.test(address);
const hasNoControl = (address: string): boolean => !CONTROL.test(address);

/**
 * The email with what no database may store taken out, the same on SQLite and PostgreSQL: NUL characters are
 * removed from free text (subject, bodies, names, file names); To/Cc addresses with a control character, and
 * Message-IDs that are malformed (control characters included) or too long, are left out; References keep their
 * last `MAX_REFERENCES` entries. The From address is checked when the email is filed (one with a control character
 * makes it unfileable).
 */
export function cleanInboundEmail(email: InboundEmail): InboundEmail {
  const optionalId = (id: string | undefined) => (id !== undefined && isMessageId(id) ? id : undefined);
  return {
    recipients: email.recipients,
    from: { address: email.from.address, name: email.from.name && withoutNul(email.from.name) },
    to: email.to.filter(hasNoControl),
    cc: email.cc.filter(hasNoControl),
    subject: withoutNul(email.subject),
    html: email.html === undefined ? undefined : withoutNul(email.html),
    text: email.text === undefined ? undefined : withoutNul(email.text),
    messageId: optionalId(email.messageId),
    inReplyTo: optionalId(email.inReplyTo),
    references: email.references.filter(isMessageId).slice(-MAX_REFERENCES),
    attachments: email.attachments.map((a) => ({
      filename: withoutNul(a.filename),
      contentType: withoutNul(a.contentType),
      content: a.content,
    })),
  };
}
