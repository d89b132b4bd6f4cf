/**
 * One measured load: autocannon in its own process sends a fixed number of requests, while the server's peak RSS is
 * sampled and the CPU time of the processes that serve (the server, and PostgreSQL's when it is the database) is
 * read before and after, so each request's CPU cost is CPU seconds divided by requests answered.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, TOKEN, rssMb } from './processes.js';

export interface Request {
  method: 'GET' | 'POST';
  /** Full URL. */
  url: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface Load {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Answers that were neither 2xx nor the status the case expects, plus socket errors. */
  failures: number;
  peakRssMb: number;
  /** CPU µs per request of each measured party, by name. */
  cpuUs: Record<string, number>;
}

export interface LoadOptions {
  requests: number;
  connections: number;
  /** The server process whose RSS is sampled. */
  serverPid?: number;
  /** Named CPU clocks (seconds so far) read around the load. */
  cpu: Record<string, () => number>;
  /** A status other than 2xx that counts as success (304 for conditional requests). */
  expectStatus?: number;
}

async function autocannon(request: Request, amount: number, connections: number): Promise<any> {
  const args = [join(ROOT, 'node_modules/autocannon/autocannon.js'), '-j', '-c', String(connections)];
  args.push('-a', String(amount), '-H', `authorization=Bearer ${TOKEN}`, '-m', request.method);
  for (const [name, value] of Object.entries(request.headers ?? {})) args.push('-H', `${name}=${value}`);
  if (request.body) args.push('-H', 'content-type=application/json', '-b', request.body);
  args.push(request.url);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited ${code}`))));
  });
  return JSON.parse(output);
}

/** A warm-up of a tenth of the requests, then the measured run. */
export async function measure(request: Request, options: LoadOptions): Promise<Load> {
  await autocannon(request, Math.max(500, Math.floor(options.requests / 10)), options.connections);
  let peak = 0;
  const sampler = options.serverPid
    ? setInterval(() => (peak = Math.max(peak, rssMb(options.serverPid!))), 100)
    : undefined;
  const before = Object.fromEntries(Object.entries(options.cpu).map(([name, read]) => [name, read()]));
  const result = await autocannon(request, options.requests, options.connections);
  const after = Object.fromEntries(Object.entries(options.cpu).map(([name, read]) => [name, read()]));
  clearInterval(sampler);
  if (options.serverPid) peak = Math.max(peak, rssMb(options.serverPid));
  const answered: number = result.requests.total;
  const expected = options.expectStatus ? (result.statusCodeStats?.[String(options.expectStatus)]?.count ?? 0) : 0;
  // A run of a fixed number of requests ends on autocannon's one-second tick, so its duration is too coarse for a
  // rate; with every connection sending its next request when the last is answered, the rate is connections divided
  // by the mean latency (Little's law).
  const rps = (options.connections * 1000) / Math.max(result.latency.average, 0.001);
  return {
    requests: answered,
    rps,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx - expected + result.errors + result.timeouts,
    peakRssMb: peak,
    cpuUs: Object.fromEntries(
      Object.keys(options.cpu).map((name) => [name, ((after[name]! - before[name]!) * 1e6) / Math.max(1, answered)]),
    ),
  };
}
