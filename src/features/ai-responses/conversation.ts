import type { Db } from '../../core/store/database.js';
import type { Issue } from '../issues/issue.repository.js';
import { listMessages } from '../messages/message.page.js';

/** The customer messages whose words find the sources: the latest few say what is asked now. */
const QUESTION_MESSAGES = 3;
/** The part of a long conversation a model reads: its latest messages, within a size a prompt can hold. */
const TRANSCRIPT_MESSAGES = 20;
const MAX_TRANSCRIPT_CHARS = 12_000;

/** What a draft answers. */
export interface Conversation {
  /** The words to find sources with: the issue's title and the customer's latest messages. */
  question: string;
  /** Who said what, oldest first, as plain text: the conversation a model answers. */
  transcript: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A body's text without its markup: block ends become line breaks, common entities their characters. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The issue's conversation as the customer sees it (internal notes stay internal, redacted messages are gone). An
 * issue whose only message is internal (opened by an agent on a customer's behalf) is asked by its first message.
 */
export async function readConversation(db: Db, issue: Issue): Promise<Conversation> {
  const messages = await listMessages(db, issue.workspaceId, issue.id, {});
  const visible = messages.filter((m) => !m.isPrivate && m.redactedAt === null && plainText(m.bodyHtml) !== '');
  const fromCustomer = visible.filter((m) => m.authorContactId !== null).slice(-QUESTION_MESSAGES);
  const asked = fromCustomer.length > 0 ? fromCustomer.map((m) => plainText(m.bodyHtml)) : [plainText(issue.bodyHtml)];
  const question = [issue.title, ...asked].join('\n');

  const lines = visible
    .slice(-TRANSCRIPT_MESSAGES)
    .map((m) => `${m.authorContactId !== null ? 'Customer' : 'Agent'} (${m.author.name}): ${plainText(m.bodyHtml)}`);
  if (lines.length === 0) lines.push(`Customer: ${plainText(issue.bodyHtml)}`);
  let transcript = lines.join('\n\n');
  if (transcript.length > MAX_TRANSCRIPT_CHARS) transcript = `…${transcript.slice(-MAX_TRANSCRIPT_CHARS)}`;
  return { question, transcript: `Subject: ${issue.title}\n\n${transcript}` };
}
