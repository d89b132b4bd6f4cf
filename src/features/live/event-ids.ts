/** Event ids are UUIDv7: their first 48 bits are the milliseconds they were taken at, so they sort in time order. */
const EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isEventId = (value: string): boolean => EVENT_ID.test(value);

/** The lowest id an event taken at `ms` or later can have: every such id sorts after it. */
export function eventIdFloor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}
