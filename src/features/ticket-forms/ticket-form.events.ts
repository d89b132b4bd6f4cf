/** Events about ticket forms: a form made through the API (the form as the API shows it). */
export const EVENT_TYPES = ['ticket_form.created'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'ticket_form.created': {
      ticket_form: {
        id: string;
        name: string;
        slug: string;
        is_public: boolean;
        fields: { slug: string; name: string; type: string }[];
      };
    };
  }
}
