import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from './helpers/build.js';

test('GET /metrics: requests by route and status, latency histogram, rate-limit rejections, pool use', async (t) => {
  const { app, api } = await build(t, { env: { RATE_LIMIT_MULTIPLIER: '0.05' } });
  await api.get('/me');
  await api.get('/me');
  await api.get('/me');
  await api.get('/me');
  const res = await app.inject({ method: 'GET', url: '/metrics' });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /text\/plain/);
  assert.match(res.body, /helpline_http_requests_total\{method="GET",route="\/me",status="200"\} 3/);
  assert.match(res.body, /helpline_http_requests_total\{method="GET",route="\/me",status="429"\} 1/);
  assert.match(
    res.body,
    /helpline_http_request_duration_seconds_bucket\{le="0.1",method="GET",route="\/me",status="200"\} 3/,
  );
  assert.match(res.body, /helpline_rate_limit_rejections_total\{route="\/me"\} 1/);
  assert.match(res.body, /helpline_db_pool_connections\{state="total"\} \d+/);
  assert.match(res.body, /helpline_process_resident_memory_bytes/);
});

test('with METRICS_TOKEN, /metrics needs it', async (t) => {
  const { app } = await build(t, { env: { METRICS_TOKEN: 'metrics-secret' } });
  const anonymous = await app.inject({ method: 'GET', url: '/metrics' });
  assert.equal(anonymous.statusCode, 401);
  assert.ok(anonymous.json().request_id);
  const wrong = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope' } });
  assert.equal(wrong.statusCode, 401);
  const right = await app.inject({
    method: 'GET',
    url: '/metrics',
    headers: { authorization: 'Bearer metrics-secret' },
  });
  assert.equal(right.statusCode, 200);
});
