import ipaddr from 'ipaddr.js';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Helpline's configuration, read from the environment once at start.
 * Nothing else in the code base reads `process.env`.
 */
export interface Config {
  host: string;
  port: number;
  /** `sqlite:<path>`, `sqlite::memory:` or `postgres://user@host:port/database`. */
  databaseUrl: string;
  /** Connections per instance in the PostgreSQL pool. */
  databasePoolSize: number;
  /** When set, rate limits are shared through this Redis server (required with several instances). */
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so several deployments can share one Redis. */
  redisKeyPrefix: string;
  /** When set, `GET /metrics` needs `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken: string | undefined;
  /** When set, the admin token created on first start has exactly this value. */
  bootstrapApiToken: string | undefined;
  /** Every per-endpoint rate limit is multiplied by this (e.g. 1000 for load tests). */
  rateLimitMultiplier: number;
  logLevel: LogLevel;
  /** Base URL that `link` fields point at; defaults to http://HOST:PORT. */
  publicUrl: string;
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: number;
  /** Memory for serialized message pages kept by version (RESPONSE_CACHE_MB); 0 keeps none. */
  responseCacheBytes: number;
  /** A client must send its request headers within this time, and the whole request within `requestTimeoutMs`. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /**
   * The reverse proxies in front of Helpline (addresses or CIDR ranges, TRUST_PROXY): a request from one of them is
   * taken to come from the address it names in X-Forwarded-For. Empty: the connection's own address.
   */
  trustedProxies: string[];
  delivery: DeliveryConfig;
  email: EmailConfig;
  attachments: AttachmentConfig;
  /**
   * Serves the test controls under `/helpline/test/` (demo data, snapshots, fault injection, business clock) for
   * integration tests. Off: those routes do not exist.
   */
  testControls: boolean;
  /**
   * A customer-visible message moves its issue's state (a customer's to `waiting_on_you`, an agent's reply to
   * `waiting_on_customer`), as Pylon does. Off: states change only when asked.
   */
  autoStateOnMessage: boolean;
  /**
   * The OpenAI-compatible model that drafts `POST /issues/{id}/ai-response`. Unset: drafts are composed from the
   * best-matching knowledge-base articles and macros, with no model.
   */
  ai: AiConfig | undefined;
}

export interface AiConfig {
  /** The API's base URL (e.g. `https://api.openai.com/v1`); requests go to `{baseUrl}/chat/completions`. */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Time the model has to answer one draft. */
  timeoutMs: number;
}

export interface DeliveryConfig {
  /** Delay before the first retry of a webhook; it doubles per attempt (capped at 6 h), with ±20 % jitter. */
  retryBaseMs: number;
  /** How long a delivery is retried before it is given up. */
  retryWindowMs: number;
  /** An endpoint failing without a success for this long is paused. */
  pauseAfterMs: number;
  /** Time a receiver has to answer. */
  timeoutMs: number;
  /** How often the worker looks for due work. */
  pollMs: number;
  /** How long a claimed delivery stays with its sender before another instance may take it over. */
  leaseMs: number;
  /** How long the previous secret keeps signing after a rotation. */
  secretOverlapMs: number;
  /** Webhook URLs may point at loopback, private and link-local addresses (self-hosted setups that need it). */
  allowPrivateNetworks: boolean;
  /** Deliveries sent to one endpoint at the same time, at most. */
  perEndpointConcurrency: number;
}

export interface EmailConfig {
  /**
   * `smtp://user:pass@host:port` (or smtps://): replies on email issues are sent through it. Unset: no email is sent.
   */
  smtpUrl: string | undefined;
  /** From address when an issue has no support address of its own. */
  defaultFrom: string;
  /** When set, an SMTP listener on this port receives customer email. */
  inboundPort: number | undefined;
  inboundHost: string;
  /** Largest inbound email accepted, in bytes. */
  inboundMaxBytes: number;
  /** SMTP connections open at once, at most: each may hold up to inboundMaxBytes while its message arrives. */
  inboundMaxClients: number;
  /** How often each enabled IMAP mailbox is read for new mail. */
  imapPollIntervalMs: number;
}

export interface AttachmentConfig {
  /** The folder uploaded files are kept in; by default `attachments` beside the SQLite database file. */
  dir: string;
  /** Largest file accepted by an upload or fetched from a URL, in bytes. */
  maxBytes: number;
  /** Time a file fetched from a URL has to arrive, whole. */
  fetchTimeoutMs: number;
  /** Files may be fetched from loopback, private and link-local addresses (self-hosted setups that need it). */
  fetchAllowPrivateNetworks: boolean;
}

/**
 * Uploaded files live beside the SQLite database file (`sqlite:./data/helpline.db` → `./data/attachments`); an
 * in-memory database keeps them in the system's temporary folder, and PostgreSQL in `./data/attachments`.
 */
export function defaultAttachmentDir(databaseUrl: string): string {
  if (databaseUrl === 'sqlite::memory:') return join(tmpdir(), 'helpline-attachments');
  const file = /^sqlite:(.+)$/.exec(databaseUrl)?.[1];
  return file ? join(dirname(file), 'attachments') : join('.', 'data', 'attachments');
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULTS = {
  host: '127.0.0.1',
  port: 8080,
  databaseUrl: 'sqlite:./data/helpline.db',
  rateLimitMultiplier: 1,
  logLevel: 'info' as LogLevel,
  bodyLimitBytes: 1024 * 1024,
  databasePoolSize: 10,
  redisKeyPrefix: 'helpline:',
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

/** Parses the environment; throws one ConfigError naming every bad variable. */
export function parseConfig(env: Env): Config {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };

  const host = read('HOST') ?? DEFAULTS.host;
  const port = integer('PORT', DEFAULTS.port, 0, 65535);
  const bodyLimitBytes = integer('BODY_LIMIT_BYTES', DEFAULTS.bodyLimitBytes, 1024, 100 * 1024 * 1024);
  const responseCacheBytes = integer('RESPONSE_CACHE_MB', 16, 0, 4096) * 1024 * 1024;
  const headersTimeoutMs = integer('HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = integer('REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  const keepAliveTimeoutMs = integer('KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000);

  const trustedProxies = (read('TRUST_PROXY') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const badProxy = trustedProxies.find((entry) => !isAddressOrRange(entry));
  if (badProxy !== undefined) {
    problems.push(`TRUST_PROXY must list IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8 (got "${badProxy}")`);
  }

  const databaseUrl = read('DATABASE_URL') ?? DEFAULTS.databaseUrl;
  if (!/^(sqlite:.+|postgres(ql)?:\/\/.+)/.test(databaseUrl)) {
    problems.push(
      `DATABASE_URL must look like sqlite:./data/helpline.db, sqlite::memory: or ` +
        `postgres://user@host:5432/db (got "${databaseUrl.replace(/:[^:@/]*@/, ':***@')}")`,
    );
  }
  const databasePoolSize = integer('DATABASE_POOL_SIZE', DEFAULTS.databasePoolSize, 1, 1000);

  const redisUrl = read('REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/.+/.test(redisUrl))
    problems.push('REDIS_URL must look like redis://127.0.0.1:6379');
  const redisKeyPrefix = read('REDIS_KEY_PREFIX') ?? DEFAULTS.redisKeyPrefix;
  const metricsToken = read('METRICS_TOKEN');

  const boolean = (name: string, fallback: boolean): boolean => {
    const raw = read(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const decimal = (name: string, fallback: number, min: number, max: number): number => {
    const raw = read(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) {
      problems.push(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const HOUR = 3_600_000;
  const delivery: DeliveryConfig = {
    retryBaseMs: integer('WEBHOOK_RETRY_BASE_MS', 5_000, 1, HOUR),
    retryWindowMs: decimal('WEBHOOK_RETRY_WINDOW_HOURS', 24, 0, 24 * 30) * HOUR,
    pauseAfterMs: decimal('WEBHOOK_PAUSE_AFTER_HOURS', 24, 0, 24 * 30) * HOUR,
    timeoutMs: integer('WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    pollMs: integer('DELIVERY_POLL_MS', 500, 10, 60_000),
    leaseMs: integer('DELIVERY_LEASE_MS', 60_000, 100, HOUR),
    secretOverlapMs: decimal('WEBHOOK_SECRET_OVERLAP_HOURS', 24, 0, 24 * 30) * HOUR,
    allowPrivateNetworks: boolean('WEBHOOK_ALLOW_PRIVATE_NETWORKS', false),
    perEndpointConcurrency: integer('WEBHOOK_CONCURRENCY_PER_ENDPOINT', 4, 1, 100),
  };
  const testControls = boolean('TEST_CONTROLS', false);
  const autoStateOnMessage = boolean('AUTO_STATE_ON_MESSAGE', true);
  const smtpUrl = read('SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\/.+/.test(smtpUrl))
    problems.push('SMTP_URL must look like smtp://user:password@host:587');
  const rawInboundPort = read('INBOUND_SMTP_PORT');
  const email: EmailConfig = {
    smtpUrl,
    defaultFrom: read('SMTP_FROM') ?? 'support@helpline.local',
    inboundPort: rawInboundPort === undefined ? undefined : integer('INBOUND_SMTP_PORT', 0, 0, 65535),
    inboundHost: read('INBOUND_SMTP_HOST') ?? host,
    inboundMaxBytes: integer('INBOUND_SMTP_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    inboundMaxClients: integer('INBOUND_SMTP_MAX_CLIENTS', 20, 1, 10_000),
    imapPollIntervalMs: integer('IMAP_POLL_INTERVAL_MS', 30_000, 10, 24 * HOUR),
  };

  const attachments: AttachmentConfig = {
    dir: read('ATTACHMENT_DIR') ?? defaultAttachmentDir(databaseUrl),
    maxBytes: integer('ATTACHMENT_MAX_BYTES', 25 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    fetchTimeoutMs: integer('ATTACHMENT_FETCH_TIMEOUT_MS', 30_000, 100, 600_000),
    fetchAllowPrivateNetworks: boolean('ATTACHMENT_FETCH_ALLOW_PRIVATE_NETWORKS', false),
  };

  const ai = parseAiConfig(read, integer('AI_TIMEOUT_MS', 30_000, 100, 600_000), problems);

  const bootstrapApiToken = read('BOOTSTRAP_API_TOKEN');
  if (bootstrapApiToken !== undefined && (bootstrapApiToken.length < 16 || /\s/.test(bootstrapApiToken))) {
    problems.push('BOOTSTRAP_API_TOKEN must be at least 16 characters with no spaces');
  }

  let rateLimitMultiplier = DEFAULTS.rateLimitMultiplier;
  const rawMultiplier = read('RATE_LIMIT_MULTIPLIER');
  if (rawMultiplier !== undefined) {
    const n = Number(rawMultiplier);
    if (!Number.isFinite(n) || n <= 0 || n > 1_000_000) {
      problems.push(`RATE_LIMIT_MULTIPLIER must be a number above 0 and at most 1000000 (got "${rawMultiplier}")`);
    } else {
      rateLimitMultiplier = n;
    }
  }

  const rawLevel = read('LOG_LEVEL') ?? DEFAULTS.logLevel;
  const logLevel = (LOG_LEVELS as readonly string[]).includes(rawLevel) ? (rawLevel as LogLevel) : DEFAULTS.logLevel;
  if (logLevel !== rawLevel) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${rawLevel}")`);

  let publicUrl = read('PUBLIC_URL') ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    publicUrl = publicUrl.replace(/\/+$/, '');
  } catch {
    problems.push(`PUBLIC_URL must be an http(s) URL (got "${publicUrl}")`);
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    host,
    port,
    databaseUrl,
    databasePoolSize,
    redisUrl,
    redisKeyPrefix,
    metricsToken,
    bootstrapApiToken,
    rateLimitMultiplier,
    logLevel,
    publicUrl,
    bodyLimitBytes,
    responseCacheBytes,
    headersTimeoutMs: Math.min(headersTimeoutMs, requestTimeoutMs),
    requestTimeoutMs,
    keepAliveTimeoutMs,
    trustedProxies,
    delivery,
    email,
    attachments,
    testControls,
    autoStateOnMessage,
    ai,
  };
}

/** The model settings: all three variables or none (a partial setup is a mistake, named). */
function parseAiConfig(
  read: (name: string) => string | undefined,
  timeoutMs: number,
  problems: string[],
): AiConfig | undefined {
  const [baseUrl, apiKey, model] = [read('AI_BASE_URL'), read('AI_API_KEY'), read('AI_MODEL')];
  const missing = Object.entries({ AI_BASE_URL: baseUrl, AI_API_KEY: apiKey, AI_MODEL: model })
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
  if (missing.length === 3) return undefined;
  if (missing.length > 0) {
    problems.push(`AI_BASE_URL, AI_API_KEY and AI_MODEL must be set together (missing: ${missing.join(', ')})`);
    return undefined;
  }
  if (!/^https?:\/\/[^/]+/.test(baseUrl!)) {
    problems.push(`AI_BASE_URL must be an http(s) URL such as https://api.openai.com/v1 (got "${baseUrl}")`);
    return undefined;
  }
  return { baseUrl: baseUrl!.replace(/\/+$/, ''), apiKey: apiKey!, model: model!, timeoutMs };
}

const isAddressOrRange = (entry: string): boolean => {
  if (ipaddr.isValid(entry)) return true;
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
};
