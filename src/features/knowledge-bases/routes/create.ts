import { Type } from '@sinclair/typebox';
import { one } from '../../../core/http/envelopes.js';
import { defineRoute, ok } from '../../../core/http/route.js';
import { createKnowledgeBase } from '../knowledge-base.service.js';

const KNOWLEDGE_BASE = Type.Object({
  id: Type.String(),
  title: Type.String(),
  slug: Type.String(),
  default_language: Type.String(),
  supported_languages: Type.Array(Type.String()),
});

export default defineRoute({
  method: 'POST',
  url: '/knowledge-bases',
  role: 'admin',
  rateLimitPerMinute: 10,
  schema: {
    summary: 'Create a knowledge base',
    description:
      'Creates a knowledge base, answered as `GET /knowledge-bases/{id}` shows it. `slug` (lower-case letters, ' +
      'digits and dashes; derived from the title when omitted) is unique in the workspace: a taken slug is a ' +
      'duplicate error naming the existing knowledge base in `exists_id`. `default_language` defaults to `en`; ' +
      '`supported_languages` are the other languages articles may be translated into.',
    body: Type.Object({
      title: Type.String(),
      slug: Type.Optional(Type.String()),
      default_language: Type.Optional(Type.String()),
      supported_languages: Type.Optional(Type.Array(Type.String())),
    }),
    response: one(KNOWLEDGE_BASE),
  },
  handler: async ({ request, deps, actor }) => ok(request, await createKnowledgeBase(deps, actor, request.body)),
});
