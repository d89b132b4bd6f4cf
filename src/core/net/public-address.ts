import { lookup as lookupEach } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Which hosts Helpline may connect to on a client's behalf: webhook receivers, and files fetched by URL for
 * attachments. The URL is chosen by a workspace, but the request is made from inside Helpline's network: without this
 * policy http://10.0.0.5/ or http://169.254.169.254/ would let a workspace reach internal services (and read what they
 * answer). Only public unicast addresses are allowed unless the installation opts out, checked before the request and
 * again on the address each connection is made to, since a name can resolve elsewhere later (DNS rebinding).
 */

/** The host a connection to `url` goes to: IPv6 literals lose their brackets. */
export const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Names longer than this are cut in messages (the URL may be 2048 characters). */
const shown = (host: string): string => (host.length > 100 ? `${host.slice(0, 100)}…` : host);

/** Why a receiver was refused; the URL's path and credentials never appear, only its host. */
export const refusalMessage = (host: string): string => `refused: ${shown(host)} resolves to a private address`;

/** Raised by the connect-time lookup so the sender can tell a refusal from a network failure. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';
  constructor(host: string) {
    super(refusalMessage(host));
  }
}

/** A NAT64 address (64:ff9b::/96) reaches the IPv4 address in its last 32 bits. */
function nat64Target(ip: ipaddr.IPv6): string | undefined {
  const [a, b, c, d, e, f, g, h] = ip.parts;
  if (a !== 0x64 || b !== 0xff9b || c || d || e || f) return undefined;
  return [g! >> 8, g! & 0xff, h! >> 8, h! & 0xff].join('.');
}

/**
 * Whether an IP address is anything but public unicast: loopback, private, CGNAT, link-local, unique-local,
 * multicast, unspecified, broadcast, reserved, and the same written as IPv4-mapped IPv6. Unparsable means refused.
 */
export function isInternalAddress(address: string): boolean {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address);
  } catch {
    return true;
  }
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    const nat64 = nat64Target(v6);
    if (nat64) return isInternalAddress(nat64);
    // ::/8 also holds the deprecated IPv4-compatible form (::127.0.0.1), which ipaddr.js counts as unicast.
    if (v6.parts[0] === 0) return true;
  }
  return ip.range() !== 'unicast';
}

/** Resolution of a receiver's name gives up after this long at creation (a request waits on it). */
const RESOLVE_TIMEOUT_MS = 5_000;

async function resolveAll(host: string): Promise<string[] | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>(
    (resolve) => (timer = setTimeout(() => resolve(undefined), RESOLVE_TIMEOUT_MS)),
  );
  const answer = lookup(host, { all: true }).then(
    (addresses) => addresses.map((a) => a.address),
    () => undefined,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a receiver host is refused when an endpoint is created, or undefined when it is public: an IP literal is judged
 * as is; a name must resolve, and every address it resolves to must be public.
 */
export async function refusalOfHost(host: string): Promise<string | undefined> {
  if (isIP(host)) return isInternalAddress(host) ? `refused: ${shown(host)} is a private address` : undefined;
  const addresses = await resolveAll(host);
  if (!addresses || addresses.length === 0) return `refused: ${shown(host)} does not resolve`;
  return addresses.some(isInternalAddress) ? refusalMessage(host) : undefined;
}

/**
 * A `lookup` for outgoing connections that fails when any address of the name is internal, so a receiver whose name
 * now resolves inside the network is never connected to. (IP literals skip lookups: the sender checks those itself.)
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookupEach(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    if (addresses.length === 0 || addresses.some((a) => isInternalAddress(a.address))) {
      return callback(new PrivateAddressError(hostname), '');
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};
