import type { Readable } from 'node:stream';
import { simpleParser, type AddressObject } from 'mailparser';
import { isMessageId, type InboundEmail } from './inbound-message.js';
import { mimeNestingDepth } from './mime-structure.js';

/** The most MIME parts (attachments included) a message may have; more make it unfileable. */
export const MAX_MIME_PARTS = 100;
/** The deepest MIME nesting a message may have; more make it unfileable. */
export const MAX_MIME_DEPTH = 20;

/** A message refused for good (5xx): sending it again cannot change the answer. */
export class UnfileableMessage extends Error {
  constructor(
    message: string,
    readonly responseCode = 554,
  ) {
    super(message);
  }
}

/** The DATA of one message: its bytes, or nothing but the count once it went over the limit. */
export type ReceivedData = { oversized: false; raw: Buffer } | { oversized: true; bytes: number };

/**
 * Reads a message's DATA, keeping at most `maxBytes` of it: once the count passes the limit, what was kept is let
 * go and the rest is read and discarded, so memory does not grow with what a sender transmits.
 */
export function receiveData(stream: Readable, maxBytes: number): Promise<ReceivedData> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let bytes = 0;
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= maxBytes) chunks.push(chunk);
      else if (chunks.length > 0) chunks = [];
    });
    stream.once('error', reject);
    // A sender that disconnects mid-message leaves a stream that never ends: let go of it (no-op after 'end').
    stream.once('close', () =>
      reject(
        Object.assign(new Error('Connection closed before the message was received in full'), {
          code: 'ECONNECTION',
        }),
      ),
    );
    stream.once('end', () =>
      resolve(bytes > maxBytes ? { oversized: true, bytes } : { oversized: false, raw: Buffer.concat(chunks, bytes) }),
    );
  });
}

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((a) => a.value.map((v) => v.address ?? ''))
    .filter(Boolean);

const messageIds = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? value.split(/\s+/) : []).map((id) => id.trim()).filter(isMessageId);

/**
 * Parses a message within the size limit. What cannot be parsed, or has more than `MAX_MIME_PARTS` parts or nests
 * deeper than `MAX_MIME_DEPTH`, is an `UnfileableMessage`: the parser works on bytes already in memory, so its
 * failure is the message's, never a passing one.
 */
export async function parseInboundEmail(raw: Buffer, recipients: string[], maxBytes: number): Promise<InboundEmail> {
  if (mimeNestingDepth(raw, MAX_MIME_DEPTH) > MAX_MIME_DEPTH)
    throw new UnfileableMessage(`5.6.0 Message refused: MIME parts nested deeper than ${MAX_MIME_DEPTH} levels`);
  const mail = await simpleParser(raw, { maxHtmlLengthToParse: maxBytes, maxChildNodes: MAX_MIME_PARTS }).catch(
    (error: unknown) => {
      const tooManyParts = /child nodes/i.test((error as Error).message ?? '');
      throw new UnfileableMessage(
        tooManyParts
          ? `5.6.0 Message refused: more than ${MAX_MIME_PARTS} MIME parts`
          : '5.6.0 Malformed message: it cannot be parsed',
      );
    },
  );
  const from = Array.isArray(mail.from) ? mail.from[0] : mail.from;
  const sender = from?.value[0];
  if (!sender?.address) throw new UnfileableMessage('5.6.0 Malformed message: no From address');
  return {
    recipients,
    from: { address: sender.address, name: sender.name || undefined },
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject ?? '',
    html: typeof mail.html === 'string' ? mail.html : undefined,
    text: mail.text,
    messageId: messageIds(mail.messageId)[0],
    inReplyTo: messageIds(mail.inReplyTo)[0],
    references: messageIds(mail.references),
    attachments: mail.attachments.map((a) => ({
      filename: a.filename ?? 'attachment',
      contentType: a.contentType,
      content: a.content,
    })),
  };
}
