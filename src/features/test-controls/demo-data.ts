/**
 * The demo workspace: a small support team of a logistics software company and its customers. Every address is
 * under `.example` (reserved, never delivered to).
 */

export const DEMO_SUPPORT_ADDRESS = 'support@demo-helpline.example';

export const DEMO_AGENTS = [
  { key: 'maya', name: 'Maya Okafor', email: 'maya.okafor@demo-helpline.example' },
  { key: 'jonas', name: 'Jonas Lindqvist', email: 'jonas.lindqvist@demo-helpline.example' },
] as const;

export const DEMO_ACCOUNTS = [
  { key: 'acme', name: 'Acme Logistics', domain: 'acme-logistics.example', externalId: 'crm-1001', tag: 'enterprise' },
  { key: 'globex', name: 'Globex Retail', domain: 'globex-retail.example', externalId: 'crm-1002', tag: 'growth' },
  { key: 'initech', name: 'Initech Labs', domain: 'initech-labs.example', externalId: 'crm-1003', tag: 'trial' },
] as const;

type AccountKey = (typeof DEMO_ACCOUNTS)[number]['key'];

export const DEMO_CONTACTS: { key: string; name: string; email: string; account: AccountKey | null }[] = [
  { key: 'priya', name: 'Priya Raman', email: 'priya@acme-logistics.example', account: 'acme' },
  { key: 'tom', name: 'Tom Becker', email: 'tom.becker@acme-logistics.example', account: 'acme' },
  { key: 'lena', name: 'Lena Hoffmann', email: 'lena@globex-retail.example', account: 'globex' },
  { key: 'carlos', name: 'Carlos Mendes', email: 'carlos@globex-retail.example', account: 'globex' },
  { key: 'aiko', name: 'Aiko Tanaka', email: 'aiko@initech-labs.example', account: 'initech' },
  { key: 'sam', name: 'Sam Porter', email: 'sam.porter@mail.example', account: null },
];

/** Who speaks next on an issue: an agent replying, the customer replying, or an agent's internal note. */
export type DemoStep =
  | { by: 'agent'; agent: Assignee; html: string }
  | { by: 'customer'; html: string }
  | { by: 'note'; agent: Assignee; html: string; thread?: string };

/** A demo agent, or `you`: the user whose token loads the demo. */
type Assignee = 'maya' | 'jonas' | 'you';

export interface DemoIssue {
  title: string;
  html: string;
  requester: string;
  state: 'new' | 'waiting_on_you' | 'waiting_on_customer' | 'on_hold' | 'closed';
  assignee?: Assignee;
  tags: string[];
  /** Opened by an agent writing to the customer by email (the first message is the agent's). */
  email?: Assignee;
  hoursAgo: number;
  steps: DemoStep[];
}

export const DEMO_ISSUES: DemoIssue[] = [
  {
    title: 'Shipment labels print blank',
    html: '<p>Since this morning every label we print from the dispatch screen comes out blank (Zebra ZD420).</p>',
    requester: 'priya',
    state: 'new',
    tags: ['printing'],
    hoursAgo: 2,
    steps: [],
  },
  {
    title: 'Can we get SSO for our team?',
    html: '<p>We would like to sign in with Okta. Is SAML single sign-on available on the trial?</p>',
    requester: 'aiko',
    state: 'new',
    tags: ['sso', 'feature-request'],
    hoursAgo: 5,
    steps: [],
  },
  {
    title: 'Charged twice for March',
    html: '<p>My card shows two charges of $49 on March 1st. Could you refund one?</p>',
    requester: 'sam',
    state: 'new',
    tags: ['billing'],
    hoursAgo: 9,
    steps: [{ by: 'note', agent: 'maya', html: '<p>Stripe shows a retry after a timeout; both captured.</p>' }],
  },
  {
    title: 'CSV export times out for large date ranges',
    html: '<p>Exporting a full quarter of shipments fails after about a minute with a gateway error.</p>',
    requester: 'lena',
    state: 'waiting_on_you',
    assignee: 'maya',
    tags: ['export', 'performance'],
    hoursAgo: 30,
    steps: [
      { by: 'agent', agent: 'maya', html: '<p>Thanks Lena. Does a single month export work?</p>' },
      { by: 'customer', html: '<p>Yes, one month works, two months already fail.</p>' },
      { by: 'note', agent: 'maya', html: '<p>Reproduced with 80k rows: the export query has no index.</p>' },
    ],
  },
  {
    title: 'Webhook deliveries failing since this morning',
    html: '<p>Our endpoint gets no events since 08:00 UTC. Nothing changed on our side.</p>',
    requester: 'tom',
    state: 'waiting_on_you',
    assignee: 'jonas',
    tags: ['webhooks', 'urgent'],
    hoursAgo: 6,
    steps: [
      { by: 'agent', agent: 'jonas', html: '<p>Looking into it now, Tom. I will update you within the hour.</p>' },
      { by: 'note', agent: 'jonas', html: '<p>Their TLS certificate expired at 07:58.</p>', thread: 'Escalation' },
      { by: 'note', agent: 'maya', html: '<p>Confirmed from our side; paging nobody.</p>', thread: 'Escalation' },
      { by: 'customer', html: '<p>Any news? Orders are piling up.</p>' },
    ],
  },
  {
    title: 'Invoice address is wrong',
    html: '<p>Hello Carlos, your latest invoice is ready. Please check the billing details below.</p>',
    requester: 'carlos',
    state: 'waiting_on_you',
    tags: ['billing'],
    email: 'maya',
    hoursAgo: 48,
    steps: [{ by: 'customer', html: '<p>The street is wrong: it should be 12 Harbour Road, not 21.</p>' }],
  },
  {
    title: 'API rate limit questions',
    html: '<p>How many requests per minute can we send to the shipments endpoint?</p>',
    requester: 'aiko',
    state: 'waiting_on_customer',
    assignee: 'you',
    tags: ['api'],
    hoursAgo: 20,
    steps: [{ by: 'agent', agent: 'you', html: '<p>60 per minute per workspace. How many do you expect?</p>' }],
  },
  {
    title: 'Your renewal is coming up',
    html: '<p>Hi Priya, your Acme Logistics plan renews on the 1st. Shall we keep the same seats?</p>',
    requester: 'priya',
    state: 'waiting_on_customer',
    assignee: 'jonas',
    tags: ['renewal'],
    email: 'jonas',
    hoursAgo: 72,
    steps: [{ by: 'note', agent: 'jonas', html: '<p>Upsell opportunity: they added two depots.</p>' }],
  },
  {
    title: 'Bulk import fails on special characters',
    html: '<p>Importing addresses with umlauts (Müller, Straße) stops the import at that row.</p>',
    requester: 'lena',
    state: 'on_hold',
    assignee: 'maya',
    tags: ['import', 'bug'],
    hoursAgo: 120,
    steps: [
      { by: 'agent', agent: 'maya', html: '<p>Confirmed, this is a bug. A fix ships in release 4.2.</p>' },
      { by: 'note', agent: 'maya', html: '<p>Linked to ENG-2231, waiting for 4.2.</p>', thread: 'Engineering' },
    ],
  },
  {
    title: 'Custom domain for the tracking page',
    html: '<p>Can our customers see tracking at track.acme-logistics.example instead of your domain?</p>',
    requester: 'tom',
    state: 'on_hold',
    assignee: 'jonas',
    tags: ['feature-request'],
    hoursAgo: 96,
    steps: [{ by: 'agent', agent: 'jonas', html: '<p>Custom domains are planned for next quarter.</p>' }],
  },
  {
    title: 'Password reset email not arriving',
    html: '<p>I asked for a password reset three times and received nothing.</p>',
    requester: 'sam',
    state: 'closed',
    assignee: 'you',
    tags: ['login'],
    hoursAgo: 150,
    steps: [
      { by: 'agent', agent: 'you', html: '<p>Your mail server rejected our messages; we whitelisted it.</p>' },
      { by: 'customer', html: '<p>Got it now, thank you!</p>' },
    ],
  },
  {
    title: 'Add Carlos as an admin',
    html: '<p>Please make carlos@globex-retail.example an admin of our account.</p>',
    requester: 'lena',
    state: 'closed',
    assignee: 'maya',
    tags: ['access'],
    hoursAgo: 200,
    steps: [{ by: 'agent', agent: 'maya', html: '<p>Done: Carlos is an admin now.</p>' }],
  },
];
