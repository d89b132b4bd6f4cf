import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createCustomObject, createCustomObjectType } from '../../helpers/factories.js';
import type { SweepCase, SweepContext } from '../sweep-case.js';

/** A fresh type for each case: the sweep runs every case in one workspace. */
const freshSlug = () => `sweep-${randomUUID().slice(0, 8)}`;

async function typeWithRecord({ api }: SweepContext) {
  const type = freshSlug();
  await createCustomObjectType(api, type);
  const record = await createCustomObject(api, { name: 'Sweep deal' }, type);
  assert.ok(record.id);
  return { type, id: record.id as string };
}

export const cases: SweepCase[] = [
  {
    operation: 'POST /custom-object-types',
    request: async () => ({
      path: '/custom-object-types',
      body: { slug: freshSlug(), name: 'Sweep type', fields: [{ slug: 'size', label: 'Size', type: 'number' }] },
    }),
  },
  {
    operation: 'GET /custom-object-types',
    request: async () => ({ path: '/custom-object-types' }),
  },
  {
    operation: 'GET /custom-objects/{type}',
    request: async (ctx) => ({ path: `/custom-objects/${(await typeWithRecord(ctx)).type}?limit=10` }),
  },
  {
    operation: 'POST /custom-objects/{type}',
    request: async ({ api }) => {
      const type = freshSlug();
      await createCustomObjectType(api, type);
      return {
        path: `/custom-objects/${type}`,
        body: { name: 'New deal', custom_fields: { amount: { value: '12.5' }, stage: { value: 'open' } } },
      };
    },
  },
  {
    operation: 'PATCH /custom-objects/{type}',
    request: async (ctx) => {
      const { type, id } = await typeWithRecord(ctx);
      return { path: `/custom-objects/${type}`, body: { ids: [id], custom_fields: { notes: { value: 'bulk' } } } };
    },
  },
  {
    operation: 'POST /custom-objects/{type}/search',
    request: async (ctx) => ({
      path: `/custom-objects/${(await typeWithRecord(ctx)).type}/search`,
      body: { filter: { field: 'name', operator: 'string_contains', value: 'sweep' }, limit: 10 },
    }),
  },
  {
    operation: 'GET /custom-objects/{type}/{id}',
    request: async (ctx) => {
      const { type, id } = await typeWithRecord(ctx);
      return { path: `/custom-objects/${type}/${id}` };
    },
  },
  {
    operation: 'PATCH /custom-objects/{type}/{id}',
    request: async (ctx) => {
      const { type, id } = await typeWithRecord(ctx);
      return {
        path: `/custom-objects/${type}/${id}`,
        body: { name: 'Renamed', custom_fields: { amount: { value: '7' } } },
      };
    },
  },
  {
    operation: 'DELETE /custom-objects/{type}/{id}',
    request: async (ctx) => {
      const { type, id } = await typeWithRecord(ctx);
      return { path: `/custom-objects/${type}/${id}` };
    },
  },
];
