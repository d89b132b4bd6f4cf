import type { AiConfig } from '../../config.js';
import { AppError } from '../../core/errors.js';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** A model that answers a conversation: the port drafts go through when a model is configured. */
export interface ChatModel {
  complete(messages: ChatMessage[]): Promise<string>;
}

/** A model answer larger than this is not a support reply. */
const MAX_ANSWER_BYTES = 1024 * 1024;

const unavailable = (message: string): AppError => new AppError('unavailable', message);

/**
 * An OpenAI-compatible chat completions API (`POST {AI_BASE_URL}/chat/completions`). Whatever goes wrong upstream
 * (no connection, no answer in time, an error status, an answer without a draft) is a 503 naming what happened,
 * never the upstream's own error text, and never a made-up draft.
 */
export function createChatModel(config: AiConfig): ChatModel {
  return {
    async complete(messages) {
      const signal = AbortSignal.timeout(config.timeoutMs);
      let text: string;
      let status: number;
      try {
        const response = await fetch(`${config.baseUrl}/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${config.apiKey}` },
          body: JSON.stringify({ model: config.model, messages }),
          signal,
        });
        status = response.status;
        text = await response.text();
      } catch {
        throw signal.aborted
          ? unavailable(`The AI model did not answer within ${config.timeoutMs} ms; try again later`)
          : unavailable('The AI model could not be reached; try again later');
      }
      if (status < 200 || status > 299) throw unavailable(`The AI model answered with HTTP ${status}`);
      if (Buffer.byteLength(text) > MAX_ANSWER_BYTES) throw unavailable('The AI model answered with too much text');
      const answer = draftOf(text);
      if (answer === undefined) throw unavailable('The AI model answered without a draft');
      return answer;
    },
  };
}

/** The first choice's message text, from a chat completion's JSON. */
function draftOf(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    return typeof content === 'string' && content.trim() !== '' ? content.trim() : undefined;
  } catch {
    return undefined;
  }
}
