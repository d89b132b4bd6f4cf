import assert from 'node:assert/strict';
import type { Api } from '../../helpers/build.js';
import type { SweepCase, SweepContext } from '../sweep-case.js';

async function created(api: Api, path: string, body: unknown): Promise<{ id: string }> {
  const res = await api.post(path, body);
  assert.equal(res.status, 200, `${path}: ${res.text}`);
  return res.body.data;
}

/** Slugs are unique in a workspace, and every case runs in the same one. */
let bases = 0;
const knowledgeBase = ({ api }: SweepContext) =>
  created(api, '/knowledge-bases', { title: 'Sweep help center', slug: `sweep-help-center-${++bases}` });

async function collection(ctx: SweepContext) {
  const kb = await knowledgeBase(ctx);
  const c = await created(ctx.api, `/knowledge-bases/${kb.id}/collections`, { title: 'Getting started' });
  return { kb: kb.id, collection: c.id, path: `/knowledge-bases/${kb.id}/collections/${c.id}` };
}

async function article(ctx: SweepContext) {
  const kb = await knowledgeBase(ctx);
  const a = await created(ctx.api, `/knowledge-bases/${kb.id}/articles`, {
    title: 'Reset your password',
    body_html: '<p>Use the link on the sign-in page.</p>',
    author_user_id: ctx.userId,
  });
  return { kb: kb.id, article: a.id, path: `/knowledge-bases/${kb.id}/articles/${a.id}` };
}

export const cases: SweepCase[] = [
  {
    operation: 'POST /knowledge-bases',
    request: async () => ({ path: '/knowledge-bases', body: { title: 'Docs', slug: 'docs' } }),
  },
  {
    operation: 'GET /knowledge-bases',
    request: async (ctx) => {
      await knowledgeBase(ctx);
      return { path: '/knowledge-bases' };
    },
  },
  {
    operation: 'GET /knowledge-bases/{id}',
    request: async (ctx) => ({ path: `/knowledge-bases/${(await knowledgeBase(ctx)).id}` }),
  },
  {
    operation: 'GET /knowledge-bases/{id}/collections',
    request: async (ctx) => ({ path: `/knowledge-bases/${(await collection(ctx)).kb}/collections` }),
  },
  {
    operation: 'POST /knowledge-bases/{id}/collections',
    request: async (ctx) => ({
      path: `/knowledge-bases/${(await knowledgeBase(ctx)).id}/collections`,
      body: { title: 'Billing', description: 'Invoices and plans' },
    }),
  },
  {
    operation: 'GET /knowledge-bases/{id}/collections/{collection_id}',
    request: async (ctx) => ({ path: (await collection(ctx)).path }),
  },
  {
    operation: 'PATCH /knowledge-bases/{id}/collections/{collection_id}',
    request: async (ctx) => ({ path: (await collection(ctx)).path, body: { title: 'First steps' } }),
  },
  {
    operation: 'DELETE /knowledge-bases/{id}/collections/{collection_id}',
    request: async (ctx) => ({ path: (await collection(ctx)).path }),
  },
  {
    operation: 'GET /knowledge-bases/{id}/articles',
    request: async (ctx) => ({ path: `/knowledge-bases/${(await article(ctx)).kb}/articles` }),
  },
  {
    operation: 'POST /knowledge-bases/{id}/articles',
    request: async (ctx) => ({
      path: `/knowledge-bases/${(await knowledgeBase(ctx)).id}/articles`,
      body: {
        title: 'Invoices',
        body_html: '<p>Download them from Billing.</p>',
        author_user_id: ctx.userId,
        is_published: true,
      },
    }),
  },
  {
    operation: 'GET /knowledge-bases/{id}/articles/{article_id}',
    request: async (ctx) => ({ path: (await article(ctx)).path }),
  },
  {
    operation: 'PATCH /knowledge-bases/{id}/articles/{article_id}',
    request: async (ctx) => ({ path: (await article(ctx)).path, body: { body_html: '<p>New steps.</p>' } }),
  },
  {
    operation: 'DELETE /knowledge-bases/{id}/articles/{article_id}',
    request: async (ctx) => ({ path: (await article(ctx)).path }),
  },
  {
    operation: 'POST /knowledge-bases/{id}/articles/{article_id}/request-review',
    request: async (ctx) => ({
      path: `${(await article(ctx)).path}/request-review`,
      body: { reviewer_user_ids: [ctx.userId] },
    }),
  },
  {
    operation: 'POST /knowledge-bases/{id}/route-redirects',
    request: async (ctx) => {
      const { kb, article: id } = await article(ctx);
      return {
        path: `/knowledge-bases/${kb}/route-redirects`,
        body: { from_path: '/articles/old-password-help', object_type: 'article', object_id: id },
      };
    },
  },
];
