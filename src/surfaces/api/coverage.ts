import { contractOperations, operationFacts } from '../../core/contract/spec.js';
import type { RouteDefinition } from '../../core/http/route.js';
import { unservedOperations } from './not-implemented.js';

export const COVERAGE_START = '<!-- pylon-coverage:start -->';
export const COVERAGE_END = '<!-- pylon-coverage:end -->';

/**
 * The README's coverage table: for each resource of the contract, how many of its operations Helpline serves and
 * which answer 501. Generated from the contract and the served routes, so it cannot drift from either.
 */
export function coverageTable(served: readonly Pick<RouteDefinition, 'method' | 'url'>[]): string {
  const missing = new Set(unservedOperations(served).map((op) => `${op.method} ${op.path}`));
  const byTag = new Map<string, { total: number; missing: string[] }>();
  const operations = contractOperations();
  for (const op of operations) {
    const tag = operationFacts(op.method, op.path)?.tags[0] ?? 'other';
    const row = byTag.get(tag) ?? { total: 0, missing: [] };
    row.total += 1;
    if (missing.has(`${op.method} ${op.path}`)) row.missing.push(`\`${op.method} ${op.path}\``);
    byTag.set(tag, row);
  }
  const servedCount = operations.length - missing.size;
  const lines = [
    missing.size === 0
      ? `Helpline serves **all ${operations.length} operations of the contract**. An operation a newer contract ` +
        'adds answers 501 in the error envelope, naming it, until Helpline implements it.'
      : `Helpline serves **${servedCount} of the contract's ${operations.length} operations**; each of the other ` +
        `${missing.size} answers 501 in the error envelope, naming the operation.`,
    '',
    '| Resource | Served | Answers 501 |',
    '|---|---|---|',
    ...[...byTag.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tag, row]) => `| ${tag} | ${row.total - row.missing.length} / ${row.total} | ${row.missing.join(', ')} |`),
  ];
  return lines.join('\n');
}

/** The README with its coverage section replaced by `table`. */
export function withCoverageTable(readme: string, table: string): string {
  const start = readme.indexOf(COVERAGE_START);
  const end = readme.indexOf(COVERAGE_END);
  if (start < 0 || end < start) throw new Error(`The README has no ${COVERAGE_START} … ${COVERAGE_END} section`);
  return `${readme.slice(0, start + COVERAGE_START.length)}\n${table}\n${readme.slice(end)}`;
}
