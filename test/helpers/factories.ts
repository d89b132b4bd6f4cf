import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Api } from './build.js';

/** Creates an issue (with its first, customer-visible message) and returns the issue as the API shows it. */
export async function createIssue(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/issues', {
    title: 'Cannot log in',
    body_html: '<p>Hello, I cannot log in.</p>',
    requester_email: `customer-${randomUUID()}@example.com`,
    ...fields,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data as {
    id: string;
    number: number;
    requester: { id: string; email: string };
    [k: string]: unknown;
  };
}

export async function listMessages(api: Api, issueId: string, query = '') {
  const res = await api.get(`/issues/${issueId}/messages${query}`);
  assert.equal(res.status, 200, res.text);
  return res.body as { data: any[]; pagination: { cursor: string; has_next_page: boolean } };
}

/** The issue's first message (the customer-visible one replies answer). */
export async function firstMessageId(api: Api, issueId: string): Promise<string> {
  return (await listMessages(api, issueId)).data[0].id;
}

export async function postNote(api: Api, issueId: string, fields: Record<string, unknown> = {}) {
  const res = await api.post(`/issues/${issueId}/note`, { body_html: '<p>Internal note</p>', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; issue_id: string };
}

export async function postReply(api: Api, issueId: string, fields: Record<string, unknown> = {}) {
  const messageId = (fields.message_id as string | undefined) ?? (await firstMessageId(api, issueId));
  const res = await api.post(`/issues/${issueId}/reply`, {
    body_html: '<p>Reply</p>',
    ...fields,
    message_id: messageId,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; issue_id: string };
}

export async function createContact(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/contacts', { name: 'Ada', email: `ada-${randomUUID()}@example.com`, ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; email: string };
}

export async function createAccount(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/accounts', { name: 'Acme', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; [k: string]: unknown };
}

/** A file part of a multipart form: its name, bytes and the type the client claims. */
export interface FormFile {
  filename: string;
  content: Buffer;
  type?: string;
}

/** A `multipart/form-data` body as a browser or an HTTP client sends it, and its Content-Type header. */
export async function multipartBody(fields: Record<string, string | FormFile>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(name, value);
    else {
      const blob = new Blob([new Uint8Array(value.content)], { type: value.type ?? 'application/octet-stream' });
      form.append(name, blob, value.filename);
    }
  }
  const request = new Request('http://form.test/', { method: 'POST', body: form });
  return { raw: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

/** Sends a multipart form to `url` (`POST /attachments`, `POST /accounts/{id}/files`) and returns the response. */
export async function postForm(
  api: Api,
  url: string,
  fields: Record<string, string | FormFile>,
  token?: string | null,
) {
  const { raw, contentType } = await multipartBody(fields);
  return api.request('POST', url, { raw, headers: { 'content-type': contentType }, token });
}

/** Uploads a file with `POST /attachments` and returns the attachment as the API shows it. */
export async function uploadAttachment(api: Api, file: FormFile, fields: Record<string, string> = {}) {
  const res = await postForm(api, '/attachments', { file, ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; name: string; url: string; description?: string };
}

/** Defines an `opportunity`-like custom object type with one field of each kind (amount required). */
export async function createCustomObjectType(api: Api, slug = 'opportunity') {
  const res = await api.post('/custom-object-types', {
    slug,
    name: 'Opportunity',
    fields: [
      { slug: 'amount', label: 'Amount', type: 'number', required: true },
      { label: 'Stage', type: 'select', select_options: [{ label: 'Open' }, { label: 'Won' }] },
      {
        slug: 'products',
        label: 'Products',
        type: 'multiselect',
        select_options: [{ label: 'Chat' }, { label: 'Mail' }],
      },
      { slug: 'close_date', label: 'Close date', type: 'date' },
      { slug: 'notes', label: 'Notes', type: 'text' },
      { slug: 'owner', label: 'Owner', type: 'user' },
    ],
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

/** Creates a record of a type made by `createCustomObjectType` (name `Deal`, amount 100 unless given). */
export async function createCustomObject(api: Api, body: Record<string, unknown> = {}, type = 'opportunity') {
  const res = await api.post(`/custom-objects/${type}`, {
    name: 'Deal',
    custom_fields: { amount: { value: '100' } },
    ...body,
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

/** Creates a project (for a new account unless `account_id` is given) and returns it as the API shows it. */
export async function createProject(api: Api, fields: Record<string, unknown> = {}) {
  const accountId = (fields.account_id as string | undefined) ?? (await createAccount(api)).id;
  const res = await api.post('/projects', { name: 'Onboarding', ...fields, account_id: accountId });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; account: { id: string }; [k: string]: unknown };
}

/** Creates a milestone (in a new project unless `project_id` is given) and returns it as the API shows it. */
export async function createMilestone(api: Api, fields: Record<string, unknown> = {}) {
  const projectId = (fields.project_id as string | undefined) ?? (await createProject(api)).id;
  const res = await api.post('/milestones', { name: 'Kick-off', ...fields, project_id: projectId });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; project: { id: string }; [k: string]: unknown };
}

/** Creates a task and returns it as the API shows it. */
export async function createTask(api: Api, fields: Record<string, unknown> = {}) {
  const res = await api.post('/tasks', { title: 'Send the welcome pack', ...fields });
  assert.equal(res.status, 200, res.text);
  return res.body.data as { id: string; [k: string]: any };
}
