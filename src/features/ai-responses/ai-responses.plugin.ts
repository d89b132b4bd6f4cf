import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { createChatModel, type ChatModel } from './chat-model.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The model that drafts AI responses (AI_BASE_URL, AI_API_KEY, AI_MODEL); unset, drafts use retrieval only. */
    aiModel: ChatModel | undefined;
  }
}

/** AI responses: the configured model, made once for the server's lifetime. */
export default fp<{ config: Config }>(
  async (app, { config }) => {
    app.decorate('aiModel', config.ai && createChatModel(config.ai));
  },
  { name: 'ai-responses' },
);
