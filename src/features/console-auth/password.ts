import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { invalid } from '../../core/errors.js';

export const MIN_PASSWORD_LENGTH = 10;
/** scrypt reads at most this much; a longer password costs the server more and protects no better. */
export const MAX_PASSWORD_LENGTH = 1_000;

/** scrypt's cost (N = 2^14, r = 8, p = 1: about 16 MiB and tens of milliseconds a hash), stored with every hash. */
const COST = { N: 16_384, r: 8, p: 1 };
const KEY_BYTES = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** Refuses a password the console does not accept (400), before it is hashed. */
export function checkPasswordRules(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw invalid(`password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH)
    throw invalid(`password must be at most ${MAX_PASSWORD_LENGTH} characters`);
}

/** `scrypt$N$r$p$<salt>$<key>` (base64url): the cost travels with the hash, so it can rise later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether the password gives the stored hash, compared in constant time; a malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash no password gives, checked when the email names nobody: an unknown email then costs the same scrypt as a
 * wrong password, so the time of the answer does not tell them apart.
 */
export const UNMATCHABLE_HASH = ['scrypt', COST.N, COST.r, COST.p, randomBytes(16), randomBytes(KEY_BYTES)]
  .map((part) => (Buffer.isBuffer(part) ? part.toString('base64url') : part))
  .join('$');
