/**
 * The processes a benchmark runs and what they cost: start a server and wait for its address, stop it, and read the
 * CPU time (user + system, from /proc) of a process tree or of every PostgreSQL backend.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const TOKEN = 'benchmark-token-0123456789abcdef';
/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface Started {
  child: ChildProcess;
  match: RegExpExecArray;
}

/** Starts a command and resolves once `ready` matches what it printed (stdout or stderr). */
export function startProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let resolved = false;
    const watch = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000);
      const match = resolved ? null : ready.exec(out);
      if (match) {
        resolved = true;
        resolve({ child, match });
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.on('exit', (code) => {
      if (!resolved) reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${out.slice(-2_000)}`));
    });
  });
}

/** Helpline from `dist/`, on a database, with limits lifted so the load is not refused. */
export async function startHelpline(
  databaseUrl: string,
  extra: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<Started> {
  return startProcess(
    process.execPath,
    [...nodeOptions, 'dist/main.js'],
    { DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_MULTIPLIER: '1000000', ...extra },
    /listening on (http:\/\/\S+)/,
  );
}

export const stop = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime, in clock ticks. */
  ticks: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // gone meanwhile
  }
  // The command name is in parentheses and may hold spaces; the fields after it are space-separated.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return {
    pid,
    comm: text.slice(text.indexOf('(') + 1, close),
    ppid: Number(fields[1]),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

function allProcesses(): ProcStat[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readStat(Number(name)) ?? []);
}

/** CPU seconds used so far by a process and every descendant it has now. */
export function treeCpuSeconds(root: number): number {
  const all = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let ticks = 0;
  const queue = all.filter((p) => p.pid === root);
  while (queue.length > 0) {
    const p = queue.pop()!;
    ticks += p.ticks;
    queue.push(...(children.get(p.pid) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds used so far by every PostgreSQL process (backends, writer, WAL writer, ...). */
export function postgresCpuSeconds(): number {
  return (
    allProcesses()
      .filter((p) => p.comm.startsWith('postgres'))
      .reduce((sum, p) => sum + p.ticks, 0) / TICKS_PER_SECOND
  );
}

export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
