/**
 * The sweep: every operation of the contract, called with a valid request (one case per operation in
 * `sweep/cases/*.ts`), answers 200 with a body the contract describes (the API client checks it), on every database.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { contractOperations } from '../src/core/contract/spec.js';
import { build } from './helpers/build.js';
import { postForm } from './helpers/factories.js';
import type { SweepCase } from './sweep/sweep-case.js';

const CASES_DIR = new URL('./sweep/cases/', import.meta.url);
const CASES: SweepCase[] = (
  await Promise.all(
    readdirSync(CASES_DIR)
      .filter((file) => /\.ts$/.test(file))
      .sort()
      .map(async (file) => ((await import(new URL(file, CASES_DIR).href)) as { cases: SweepCase[] }).cases),
  )
).flat();

const OPERATIONS = contractOperations().map((op) => `${op.method} ${op.path}`);

test('every operation of the contract has exactly one sweep case', () => {
  const named = CASES.map((c) => c.operation);
  assert.deepEqual(
    named.filter((op, i) => named.indexOf(op) !== i),
    [],
    'operations with two cases',
  );
  assert.deepEqual(
    OPERATIONS.filter((op) => !named.includes(op)),
    [],
    'operations without a case',
  );
});

test('every operation answers a valid request with 200 (or its own status), as the contract says', async (t) => {
  const { api, userId, workspaceId } = await build(t, { env: { RATE_LIMIT_MULTIPLIER: '1000' } });
  const failures: string[] = [];
  for (const sweep of CASES.filter((c) => OPERATIONS.includes(c.operation))) {
    const method = sweep.operation.split(' ')[0]!;
    try {
      const request = await sweep.request({ api, userId, workspaceId });
      const res = request.form
        ? await postForm(api, request.path, request.form)
        : await api.request(method, request.path, request.body === undefined ? {} : { body: request.body });
      const expected = sweep.status ?? 200;
      if (res.status !== expected) failures.push(`${sweep.operation} → ${res.status}: ${res.text.slice(0, 200)}`);
    } catch (error) {
      failures.push(`${sweep.operation}: ${(error as Error).message.slice(0, 300)}`);
    }
  }
  assert.deepEqual(failures, []);
});
