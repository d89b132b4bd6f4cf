/** Every event Helpline records, in the feed and on webhooks. */
export const EVENT_TYPES = [
  'issue.created',
  'issue.updated',
  'issue.deleted',
  'message.created',
  'message.redacted',
  'message.deleted',
  'thread.created',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
