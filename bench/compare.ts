/**
 * Runs cases side by side: Helpline, the ceiling (bare Fastify answering Helpline's own bytes from memory) and Prism
 * (the stateless mock), one after another on the same machine in the same run, so their CPU per request compares.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, type Load } from './load.js';
import { postgresCpuSeconds, startProcess, stop, treeCpuSeconds, TOKEN, type Started } from './processes.js';

export interface Case {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Concurrent connections (default: the run's); 1 measures one query's own latency. */
  connections?: number;
  /** Requests measured (default: the run's). */
  requests?: number;
  /** Sends If-None-Match with the ETag of a first answer, and expects 304. */
  conditional?: boolean;
  /** Also measured against the ceiling and Prism (cases of the Messages contract). */
  compare?: boolean;
}

export interface Row {
  label: string;
  case: Case;
  connections: number;
  ours: Load;
  ceiling?: Load;
  prism?: Load;
}

export interface Run {
  label: string;
  base: string;
  server: Started;
  /** Include PostgreSQL's processes in the CPU per request. */
  postgres?: boolean;
  connections: number;
  requests: number;
  /** A running Prism to compare with, if any. */
  prismBase?: string;
  prismPid?: number;
}

async function firstAnswer(base: string, c: Case): Promise<{ body: string; etag: string | null }> {
  const res = await fetch(base + c.path, {
    method: c.method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(c.body ? { 'content-type': 'application/json' } : {}) },
    body: c.body,
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${c.method} ${c.path} → ${res.status}: ${body}`);
  return { body, etag: res.headers.get('etag') };
}

export async function runCases(run: Run, cases: Case[]): Promise<Row[]> {
  const firsts: { body: string; etag: string | null }[] = [];
  for (const c of cases) firsts.push(await firstAnswer(run.base, c));
  // The ceiling answers each compared route with the bytes Helpline answered; a 304 case has no body to answer.
  const routes = cases.flatMap((c, i) =>
    c.compare && !c.conditional ? [{ method: c.method, url: c.path.split('?')[0], body: firsts[i]!.body }] : [],
  );
  const routesFile = join(tmpdir(), `helpline-bench-routes-${process.pid}.json`);
  writeFileSync(routesFile, JSON.stringify(routes));
  const ceiling = await startProcess(
    process.execPath,
    ['--import', 'tsx', 'bench/ceiling-server.ts', routesFile],
    {},
    /listening (\d+)/,
  );
  const ceilingBase = `http://127.0.0.1:${ceiling.match[1]}`;
  const helplinePid = run.server.child.pid!;
  const cpu: Record<string, () => number> = { helpline: () => treeCpuSeconds(helplinePid) };
  if (run.postgres) cpu.postgres = postgresCpuSeconds;
  const rows: Row[] = [];
  try {
    for (const [i, c] of cases.entries()) {
      process.stderr.write(`  ${run.label}: ${c.name} …\n`);
      const connections = c.connections ?? run.connections;
      const requests = c.requests ?? run.requests;
      const etag = firsts[i]!.etag;
      if (c.conditional && !etag) throw new Error(`${c.path} answered no ETag`);
      const headers: Record<string, string> = c.conditional ? { 'if-none-match': etag! } : {};
      const request = { method: c.method, body: c.body, headers };
      const ours = await measure(
        { ...request, url: run.base + c.path },
        { requests, connections, serverPid: helplinePid, cpu, expectStatus: c.conditional ? 304 : undefined },
      );
      const row: Row = { label: run.label, case: c, connections, ours };
      if (c.compare && !c.conditional) {
        const ceilingPid = ceiling.child.pid!;
        row.ceiling = await measure(
          { ...request, url: ceilingBase + c.path },
          { requests, connections, cpu: { server: () => treeCpuSeconds(ceilingPid) } },
        );
        if (run.prismBase && run.prismPid) {
          const prismPid = run.prismPid;
          row.prism = await measure(
            { ...request, url: run.prismBase + c.path },
            { requests, connections, cpu: { server: () => treeCpuSeconds(prismPid) } },
          );
        }
      }
      rows.push(row);
    }
  } finally {
    await stop(ceiling.child);
    rmSync(routesFile, { force: true });
  }
  return rows;
}
