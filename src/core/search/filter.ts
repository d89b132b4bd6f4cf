import { parseTimestamp } from '../clock.js';
import { invalid } from '../errors.js';

/**
 * Pylon's filter language, as the contract's `Filter` schema and each search operation's description give it,
 * parsed once for every search into a tree of checked conditions. What each field means in SQL is the resource's
 * business (`compile.ts`); which fields and operators a search accepts is its operation's list.
 */
export const FILTER_OPERATORS = [
  'equals',
  'not_equals',
  'contains',
  'does_not_contain',
  'in',
  'not_in',
  'and',
  'or',
  'time_is_after',
  'time_is_before',
  'time_range',
  'string_contains',
  'string_does_not_contain',
  'is_set',
  'is_unset',
  'greater_than',
  'less_than',
  'greater_than_or_equals',
  'less_than_or_equals',
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];
export type ConditionOperator = Exclude<FilterOperator, 'and' | 'or'>;

/** One field compared with its operands: strings, timestamps as stored (ISO, UTC, milliseconds), or numbers. */
export interface Condition {
  field: string;
  operator: ConditionOperator;
  /** Empty for is_set/is_unset; [start, end] for time_range; one or more for the rest. */
  values: string[];
}

export type FilterNode = { operator: 'and' | 'or'; subfilters: FilterNode[] } | Condition;

/** The contract: "The maximum allowed depth for a tree of filters is 3." */
export const MAX_FILTER_DEPTH = 3;
const MAX_VALUES = 1000;

const SINGLE = new Set<ConditionOperator>(['equals', 'not_equals', 'string_contains', 'string_does_not_contain']);
const MANY = new Set<ConditionOperator>(['in', 'not_in', 'contains', 'does_not_contain']);
const TIME = new Set<ConditionOperator>(['time_is_after', 'time_is_before']);
const NUMBER = new Set<ConditionOperator>([
  'greater_than',
  'less_than',
  'greater_than_or_equals',
  'less_than_or_equals',
]);

/** Which operators a field accepts, by field name; `customField` answers for names outside the list. */
export interface FieldCatalogue {
  fields: Readonly<Record<string, readonly ConditionOperator[]>>;
  /** The operators a custom field (by slug) accepts, or undefined when no such custom field exists. */
  customField?: (slug: string) => readonly ConditionOperator[] | undefined;
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Parses a request's `filter` against the fields a search allows; a 400 names whatever is wrong. */
export function parseFilter(raw: unknown, catalogue: FieldCatalogue): FilterNode {
  return parseNode(raw, catalogue, 1, 'filter');
}

function parseNode(raw: unknown, catalogue: FieldCatalogue, depth: number, at: string): FilterNode {
  if (depth > MAX_FILTER_DEPTH) throw invalid(`${at}: a filter tree may be at most ${MAX_FILTER_DEPTH} levels deep`);
  if (!isObject(raw)) throw invalid(`${at} must be an object with an operator`);
  if (raw.operator === undefined || raw.operator === null) return parseLegacy(raw, catalogue, depth, at);
  const operator = raw.operator;
  if (typeof operator !== 'string' || !(FILTER_OPERATORS as readonly string[]).includes(operator)) {
    throw invalid(`${at}.operator must be one of ${FILTER_OPERATORS.join(', ')}`);
  }
  if (operator === 'and' || operator === 'or') {
    const subfilters = raw.subfilters;
    if (!Array.isArray(subfilters) || subfilters.length === 0) {
      throw invalid(`${at}.subfilters must be a non-empty array for the "${operator}" operator`);
    }
    return {
      operator,
      subfilters: subfilters.map((sub, i) => parseNode(sub, catalogue, depth + 1, `${at}.subfilters[${i}]`)),
    };
  }
  return parseCondition(raw, operator as ConditionOperator, catalogue, at);
}

/**
 * The older form some clients send, keyed by field name: `{"state": {"operator": "equals", "value": "new"}}`.
 * Several keys mean all of them.
 */
function parseLegacy(raw: Raw, catalogue: FieldCatalogue, depth: number, at: string): FilterNode {
  const entries = Object.entries(raw).filter(([key, value]) => key !== 'field' && value !== null);
  if (entries.length === 0 || !entries.every(([, value]) => isObject(value) && typeof value.operator === 'string')) {
    throw invalid(`${at}.operator is required`);
  }
  const conditions = entries.map(([field, value]) =>
    parseNode({ ...(value as Raw), field }, catalogue, depth, `${at}.${field}`),
  );
  return conditions.length === 1 ? conditions[0]! : { operator: 'and', subfilters: conditions };
}

function parseCondition(raw: Raw, operator: ConditionOperator, catalogue: FieldCatalogue, at: string): Condition {
  const field = raw.field;
  if (typeof field !== 'string' || field === '') throw invalid(`${at}.field is required for "${operator}"`);
  const allowed = catalogue.fields[field] ?? catalogue.customField?.(field);
  if (!allowed) throw invalid(`${at}.field "${field}" is not a field this search can filter on`);
  if (!allowed.includes(operator)) {
    throw invalid(`${at}: the field "${field}" does not allow "${operator}" (allowed: ${allowed.join(', ')})`);
  }
  return { field, operator, values: operandsOf(raw, operator, `${at} (${field})`) };
}

const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

/** `value` or `values`, whichever the client sent, as a list of strings. */
function operandList(raw: Raw): string[] | undefined {
  if (Array.isArray(raw.values) && raw.values.length > 0) {
    const values = raw.values.map(asText);
    return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
  }
  const single = asText(raw.value);
  return single === undefined ? undefined : [single];
}

function operandsOf(raw: Raw, operator: ConditionOperator, at: string): string[] {
  if (operator === 'is_set' || operator === 'is_unset') return [];
  if (operator === 'time_range') return timeRange(raw, at);
  const values = operandList(raw);
  if (!values) throw invalid(`${at}: "${operator}" needs ${MANY.has(operator) ? 'values' : 'a value'}`);
  if (values.length > MAX_VALUES) throw invalid(`${at}: at most ${MAX_VALUES} values`);
  if ((SINGLE.has(operator) || TIME.has(operator) || NUMBER.has(operator)) && values.length !== 1) {
    throw invalid(`${at}: "${operator}" takes one value`);
  }
  if (TIME.has(operator)) return [parseTimestamp(values[0]!, `${at} value`)];
  if (NUMBER.has(operator) && !Number.isFinite(Number(values[0]))) throw invalid(`${at}: the value must be a number`);
  return values;
}

/** `time_range` comes as `values: [start, end]` or as `value: {start, end}` (or that object as JSON text). */
function timeRange(raw: Raw, at: string): string[] {
  let range: unknown = raw.value;
  if (typeof range === 'string' && range.trim().startsWith('{')) {
    try {
      range = JSON.parse(range);
    } catch {
      throw invalid(`${at}: time_range needs values [start, end] or value {start, end}`);
    }
  }
  const pair =
    Array.isArray(raw.values) && raw.values.length > 0 ? raw.values : isObject(range) ? [range.start, range.end] : [];
  if (pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
    throw invalid(`${at}: time_range needs values [start, end] or value {start, end}`);
  }
  const start = parseTimestamp(pair[0], `${at} start`);
  const end = parseTimestamp(pair[1], `${at} end`);
  if (end < start) throw invalid(`${at}: the end of time_range must not be before its start`);
  return [start, end];
}
