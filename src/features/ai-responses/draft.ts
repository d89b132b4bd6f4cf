import { sanitizeHtml } from '../../core/html.js';
import type { Agent } from './ai-agent.service.js';
import type { ChatMessage } from './chat-model.js';
import type { Conversation } from './conversation.js';
import { plainText } from './conversation.js';
import type { AiSourceJson } from './ai-responses.events.js';

/** A knowledge-base article or macro that matches the question, best first. */
export interface Source extends AiSourceJson {
  /** Its content as stored (sanitized HTML). */
  html: string;
}

export interface Draft {
  html: string;
  /** Whether the draft answers the question (false: no source answers it). */
  valid: boolean;
}

/** What a model answers when the sources do not answer the question (the instructions ask for it). */
export const NO_ANSWER = 'NO_ANSWER';
const MAX_SOURCE_CHARS = 4_000;
const MAX_PARAGRAPHS = 4;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const NOTHING_FOUND =
  '<p>No knowledge-base article or macro answers this question, so no answer was drafted. ' +
  'Please answer the customer yourself (and consider writing an article about it).</p>';

/** Which sources a draft comes from, for the agent who reviews it. */
function sourcesBlock(sources: readonly Source[]): string {
  const items = sources.map(
    (s) => `<li>${s.type === 'article' ? 'Article' : 'Macro'} “${escapeHtml(s.title)}” (${s.id})</li>`,
  );
  return `<p><em>Sources:</em></p><ul>${items.join('')}</ul>`;
}

/** The words of a text a search looks for: letters and digits, lower-cased, without the most common words. */
export function keywords(text: string, limit = 16): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => (w.length >= 3 || /^\d+$/.test(w)) && !STOP_WORDS.has(w)))].slice(0, limit);
}

/** The paragraphs of an article that speak of the question (in their order), else its opening ones. */
function relevantParagraphs(html: string, question: string): string[] {
  const asked = new Set(keywords(question, 64));
  const paragraphs = plainText(html)
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const matching = paragraphs.filter((p) => keywords(p, 64).some((w) => asked.has(w)));
  return (matching.length > 0 ? matching : paragraphs).slice(0, MAX_PARAGRAPHS);
}

/**
 * A draft without a model: the best source, adapted to the question. A macro is a reply written for customers and
 * is used whole; of an article, the paragraphs that speak of what was asked. Other matches are named as further
 * reading. Nothing found: a draft that says so.
 */
export function composeFromSources(conversation: Conversation, sources: readonly Source[]): Draft {
  const [best, ...others] = sources;
  if (!best) return { html: NOTHING_FOUND, valid: false };
  const parts = ['<p>Hello,</p>', '<p>Thank you for your message.'];
  if (best.type === 'macro') {
    parts[1] += '</p>';
    parts.push(sanitizeHtml(best.html));
  } else {
    parts[1] += ` Our article “${escapeHtml(best.title)}” covers this:</p>`;
    const paragraphs = relevantParagraphs(best.html, conversation.question);
    parts.push(`<blockquote>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</blockquote>`);
  }
  const articles = others.filter((s) => s.type === 'article');
  if (articles.length > 0)
    parts.push(
      `<p>You may also find these articles useful: ${articles.map((s) => `“${escapeHtml(s.title)}”`).join(', ')}.</p>`,
    );
  parts.push('<p>Let us know if anything is still unclear.</p>', sourcesBlock(sources));
  return { html: parts.join(''), valid: true };
}

/** The model's instructions: the agent's own, then the sources to answer from. */
export function modelMessages(agent: Agent, conversation: Conversation, sources: readonly Source[]): ChatMessage[] {
  const context =
    sources.length === 0
      ? 'No knowledge-base article or macro matches this conversation.'
      : sources
          .map((s, i) => {
            const text = plainText(s.html).slice(0, MAX_SOURCE_CHARS);
            return `[${i + 1}] ${s.type === 'article' ? 'Article' : 'Macro'} "${s.title}" (id ${s.id}):\n${text}`;
          })
          .join('\n\n');
  const system =
    `${agent.instructions}\n\n` +
    "Write the support team's next reply to the customer in the conversation the user message holds. " +
    `Use only the sources below. If they do not answer the customer's question, reply with exactly ${NO_ANSWER}.\n\n` +
    `Sources:\n${context}`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: conversation.transcript },
  ];
}

/** The model's answer as a draft: its HTML kept (sanitized), plain text turned into paragraphs. */
export function draftFromModel(answer: string, sources: readonly Source[]): Draft {
  if (answer.trim().replace(/[.\s]+$/, '') === NO_ANSWER) return { html: NOTHING_FOUND, valid: false };
  const body = /^\s*<[a-z]/i.test(answer)
    ? sanitizeHtml(answer)
    : answer
        .split(/\n{2,}/)
        .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
        .join('');
  return { html: sources.length > 0 ? body + sourcesBlock(sources) : body, valid: true };
}

const STOP_WORDS = new Set(
  (
    'the and for are but not you your yours with have has had this that these those from they them their there ' +
    'what when where which who whom why how can could would should will shall may might must does did doing done ' +
    'was were been being into onto about over under again then than too very just also only some any all each ' +
    "our ours out own same such here its it's i'm hello thanks thank please hi dear regards best get got " +
    'need want help issue problem question one'
  ).split(/\s+/),
);
