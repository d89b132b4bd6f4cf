/** bench/results/latest.md: the measured rows, then each target with its figure and whether it is met. */
import type { Row } from './compare.js';

export interface Report {
  header: string;
  method: string;
  small: Row[];
  large: Row[];
  largeLabel: string;
  postgres: Row[] | string;
  redaction: string[];
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || !Number.isFinite(n)
    ? '–'
    : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** CPU µs per request of everything that served it (Helpline, plus PostgreSQL when it is the database). */
export const totalCpu = (row: Row) => Object.values(row.ours.cpuUs).reduce((a, b) => a + b, 0);
const cpuCell = (row: Row) =>
  row.ours.cpuUs.postgres === undefined
    ? fmt(totalCpu(row))
    : `${fmt(row.ours.cpuUs.helpline)} + ${fmt(row.ours.cpuUs.postgres)} = ${fmt(totalCpu(row))}`;
const serverCpu = (load: Row['ceiling']) => load?.cpuUs.server;

function rowLine(row: Row): string {
  const { ours } = row;
  const ceiling = serverCpu(row.ceiling);
  const prism = serverCpu(row.prism);
  return (
    `| ${row.label} | ${row.case.name} | ${row.connections} | ${fmt(ours.rps)} | ${fmt(ours.p50)} | ` +
    `${fmt(ours.p99)} | ${cpuCell(row)} | ${fmt(ours.peakRssMb)} | ${fmt(ceiling)} | ${fmt(prism)} | ` +
    `${ceiling ? `${fmt(totalCpu(row) / ceiling, 1)}×` : '–'} | ` +
    `${prism ? `${fmt(totalCpu(row) / prism, 2)}×` : '–'} | ` +
    `${ours.failures} |`
  );
}

const check = (ok: boolean) => (ok ? 'met' : '**missed**');
const find = (rows: Row[], text: string) => rows.find((r) => r.case.name.includes(text));

function targets(r: Report): string[] {
  const list = find(r.large, 'issue of 10,000')!;
  const listRead = find(r.large, 'issue of 10,000), no response cache')!;
  const conditional = find(r.large, '304')!;
  const note = find(r.large, 'POST note')!;
  // Latency against data size: both read from the database, an issue of 1,000 messages in each workspace.
  const listSmall = find(r.small, 'no response cache')!;
  const listLarge = find(r.large, 'issue of 1,000), no response cache')!;
  const fullText = find(r.large, 'search_text')!;
  const ceiling = serverCpu(list.ceiling) ?? NaN;
  const prism = serverCpu(list.prism) ?? NaN;
  const worstListP99 = Math.max(
    ...[...r.small, ...r.large].filter((x) => x.case.name.startsWith('GET')).map((x) => x.ours.p99),
  );
  const p50Ratio = listLarge.ours.p50 / Math.max(listSmall.ours.p50, 1);
  const p99Ratio = listLarge.ours.p99 / Math.max(listSmall.ours.p99, 1);
  const peak = Math.max(...[...r.small, ...r.large].map((x) => x.ours.peakRssMb));
  const lines = [
    '| target | measured | |',
    '|---|---|---|',
    `| list: ≤ 6× the ceiling's CPU per request | ${fmt(totalCpu(list) / ceiling, 1)}× ` +
      `(${fmt(totalCpu(list))} µs vs ${fmt(ceiling)} µs) | ${check(totalCpu(list) <= 6 * ceiling)} |`,
    `| list: ≤ 0.4× Prism's CPU per request | ${fmt(totalCpu(list) / prism, 2)}× (Prism ${fmt(prism)} µs) | ` +
      `${check(totalCpu(list) <= 0.4 * prism)} |`,
    `| list read from the database (no response cache): ≤ 6× the ceiling's CPU per request | ` +
      `${fmt(totalCpu(listRead) / ceiling, 1)}× (${fmt(totalCpu(listRead))} µs) | ` +
      `${check(totalCpu(listRead) <= 6 * ceiling)} |`,
    `| list read from the database (no response cache): ≤ 0.4× Prism's CPU per request | ` +
      `${fmt(totalCpu(listRead) / prism, 2)}× | ${check(totalCpu(listRead) <= 0.4 * prism)} |`,
    `| 304 answer: ≤ 2× the ceiling's CPU per request | ${fmt(totalCpu(conditional) / ceiling, 1)}× ` +
      `(${fmt(totalCpu(conditional))} µs) | ${check(totalCpu(conditional) <= 2 * ceiling)} |`,
    `| note: ≤ 300 µs CPU per request (SQLite) | ${fmt(totalCpu(note))} µs | ${check(totalCpu(note) <= 300)} |`,
    `| note: ≥ 3,000 notes/s at ${note.connections} connections | ${fmt(note.ours.rps)}/s | ` +
      `${check(note.ours.rps >= 3000)} |`,
    `| list: p99 < 25 ms at ${list.connections} connections (worst list case) | ${fmt(worstListP99)} ms | ` +
      `${check(worstListP99 < 25)} |`,
    `| list latency at ${r.largeLabel} within 1.2× of 10^3, read from the database (p50, p99) | ` +
      `${fmt(p50Ratio, 2)}×, ${fmt(p99Ratio, 2)}× | ` +
      `${check(p50Ratio <= 1.2 && p99Ratio <= 1.2)} |`,
    `| peak RSS < 250 MB | ${fmt(peak)} MB | ${check(peak < 250)} |`,
    `| search_text at ${r.largeLabel}: p50 < 50 ms (one connection) | ${fmt(fullText.ours.p50)} ms | ` +
      `${check(fullText.ours.p50 < 50)} |`,
  ];
  if (typeof r.postgres !== 'string') {
    const pgList = find(r.postgres, 'issue of 10,000')!;
    const pgListRead = find(r.postgres, 'no response cache')!;
    const pgNote = find(r.postgres, 'POST note')!;
    lines.push(
      `| PostgreSQL list: Helpline + database ≤ 500 µs per request | ${fmt(totalCpu(pgList))} µs | ` +
        `${check(totalCpu(pgList) <= 500)} |`,
      `| PostgreSQL list read from the database (no response cache): Helpline + database ≤ 500 µs | ` +
        `${fmt(totalCpu(pgListRead))} µs | ${check(totalCpu(pgListRead) <= 500)} |`,
      `| PostgreSQL note: Helpline + database ≤ 1,500 µs per request | ${fmt(totalCpu(pgNote))} µs | ` +
        `${check(totalCpu(pgNote) <= 1500)} |`,
      `| PostgreSQL: notes on one issue from ${pgNote.connections} connections ≥ 1,000/s | ` +
        `${fmt(pgNote.ours.rps)}/s | ${check(pgNote.ours.rps >= 1000)} |`,
    );
  }
  return lines;
}

export function report(r: Report): string {
  const head =
    '| workspace | case | conns | req/s | p50 ms | p99 ms | CPU µs/req | peak RSS MB | ceiling CPU µs | ' +
    'Prism CPU µs | vs ceiling | vs Prism | failures |';
  const rule = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const pg =
    typeof r.postgres === 'string'
      ? [`PostgreSQL: ${r.postgres}.`]
      : [
          '## PostgreSQL',
          '',
          'A freshly seeded schema, no ANALYZE. CPU per request is Helpline + PostgreSQL (every postgres process).',
          '',
          head,
          rule,
          ...r.postgres.map(rowLine),
        ];
  return [
    '# Helpline benchmark',
    '',
    r.header,
    '',
    r.method,
    '',
    'CPU µs/req: user + system CPU time of the serving process(es) divided by the requests answered. The ceiling is ' +
      'bare Fastify answering the same bytes from memory; Prism mocks the Messages contract without data or auth.',
    '',
    '## SQLite',
    '',
    head,
    rule,
    ...[...r.small, ...r.large].map(rowLine),
    '',
    ...pg,
    '',
    '## Targets',
    '',
    ...targets(r),
    '',
    ...r.redaction,
  ].join('\n');
}
