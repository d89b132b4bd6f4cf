import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, DEFAULTS, parseConfig } from '../src/config.js';

test('defaults: 127.0.0.1:8080, SQLite under ./data, multiplier 1, info logs', () => {
  const config = parseConfig({});
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.port, 8080);
  assert.equal(config.databaseUrl, 'sqlite:./data/helpline.db');
  assert.equal(config.rateLimitMultiplier, 1);
  assert.equal(config.logLevel, 'info');
  assert.equal(config.publicUrl, 'http://127.0.0.1:8080');
  assert.equal(config.bodyLimitBytes, DEFAULTS.bodyLimitBytes);
  assert.equal(config.bootstrapApiToken, undefined);
});

test('every bad variable is named in one error', () => {
  assert.throws(
    () =>
      parseConfig({
        PORT: '80a',
        RATE_LIMIT_MULTIPLIER: '-1',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        BOOTSTRAP_API_TOKEN: 'short',
        PUBLIC_URL: 'ftp://x',
        TRUST_PROXY: '10.0.0.1,proxy.local',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      for (const name of [
        'PORT',
        'RATE_LIMIT_MULTIPLIER',
        'LOG_LEVEL',
        'DATABASE_URL',
        'BOOTSTRAP_API_TOKEN',
        'PUBLIC_URL',
        'TRUST_PROXY',
      ]) {
        assert.match(error.message, new RegExp(name));
      }
      assert.equal(error.problems.length, 7);
      return true;
    },
  );
});

test('values are read and empty ones fall back to defaults', () => {
  const config = parseConfig({
    PORT: '9000',
    HOST: '0.0.0.0',
    RATE_LIMIT_MULTIPLIER: '2.5',
    LOG_LEVEL: '',
    PUBLIC_URL: 'https://help.example.com/',
  });
  assert.equal(config.port, 9000);
  assert.equal(config.host, '0.0.0.0');
  assert.equal(config.rateLimitMultiplier, 2.5);
  assert.equal(config.logLevel, 'info');
  assert.equal(config.publicUrl, 'https://help.example.com');
});
