/** Events about account activities: what was logged on which account's timeline. */
export const EVENT_TYPES = ['account_activity.created', 'activity_type.created'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'activity_type.created': { activity_type: { id: string; slug: string; label: string; icon_url: string | null } };
    'account_activity.created': {
      activity: {
        id: string;
        account_id: string;
        slug: string;
        body_html: string | null;
        link: string | null;
        link_text: string | null;
        user_id: string | null;
        contact_id: string | null;
        happened_at: string;
      };
    };
  }
}
