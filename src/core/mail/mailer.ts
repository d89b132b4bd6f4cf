import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  html: string;
  text: string;
  /** The RFC 5322 Message-ID, with angle brackets. */
  messageId: string;
  inReplyTo?: string;
  references: string[];
  /** Further headers (`Auto-Submitted` on mail no one should answer automatically). */
  headers?: Record<string, string>;
}

/** Sends email; throws when the mail server refuses or does not answer. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The SMTP mailer (nodemailer) for `SMTP_URL`. */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: mail.from,
        to: mail.to,
        cc: mail.cc,
        bcc: mail.bcc,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
        headers: mail.headers,
      });
    },
    close: () => transport.close(),
  };
}
