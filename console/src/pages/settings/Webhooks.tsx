import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ConfirmButton } from '../../components/Confirm';
import { ErrorText, Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { usePagedList } from './paged-list';
import { CopyValue, When } from './parts';
import { WebhookDeliveries } from './WebhookDeliveries';

export interface WebhookEndpoint {
  id: string;
  url: string;
  description?: string;
  event_types: string[];
  status: 'active' | 'paused';
  paused_reason?: string;
  failing_since?: string;
  created_at: string;
  secret?: string;
}

export const WEBHOOKS_KEY = ['webhooks'];

/** The event types most integrations want; any other known type can be typed in. */
const COMMON_EVENT_TYPES = [
  'issue.created',
  'issue.updated',
  'issue.deleted',
  'message.created',
  'message.redacted',
  'message.deleted',
  'contact.updated',
  'account.updated',
];

/** Endpoints that receive the workspace's events, signed, with each one's deliveries. */
export function WebhooksSettings() {
  const { pages, list, rows } = usePagedList<WebhookEndpoint>(WEBHOOKS_KEY, '/webhooks');
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="webhooks-title">
      <div className="section-header">
        <h2 id="webhooks-title">Webhooks</h2>
        {!creating ? (
          <button type="button" onClick={() => setCreating(true)}>
            Add webhook
          </button>
        ) : null}
      </div>
      {creating ? <CreateWebhookForm onClose={() => setCreating(false)} /> : null}
      <ErrorText error={list.error} />
      {rows.map((endpoint) => (
        <WebhookCard key={endpoint.id} endpoint={endpoint} />
      ))}
      {list.isSuccess && rows.length === 0 ? <p className="empty">No webhooks.</p> : null}
      <Pager pages={pages} pagination={list.data?.pagination} label="Webhooks" />
    </section>
  );
}

function WebhookCard({ endpoint }: { endpoint: WebhookEndpoint }) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY });
  const [showDeliveries, setShowDeliveries] = useState(false);
  const resume = useMutation({ mutationFn: () => api.post(`/webhooks/${endpoint.id}/resume`), onSettled: refresh });
  const rotate = useMutation({ mutationFn: () => api.post<WebhookEndpoint>(`/webhooks/${endpoint.id}/rotate-secret`) });
  const paused = endpoint.status === 'paused';
  return (
    <article className="panel webhook" aria-label={`Webhook ${endpoint.url}`}>
      <header className="section-header">
        <h3 className="webhook-url">{endpoint.url}</h3>
        <span className={`webhook-status webhook-${endpoint.status}`}>{paused ? 'Paused' : 'Active'}</span>
      </header>
      {endpoint.description ? <p>{endpoint.description}</p> : null}
      <p className="muted">
        Events: {endpoint.event_types.length ? endpoint.event_types.join(', ') : 'all'} · Added{' '}
        <When at={endpoint.created_at} />
      </p>
      {paused ? (
        <p role="status">
          Paused{endpoint.paused_reason ? `: ${endpoint.paused_reason}` : ''}. Events wait until it is resumed.
        </p>
      ) : endpoint.failing_since ? (
        <p role="status">
          Failing since <When at={endpoint.failing_since} />.
        </p>
      ) : null}
      <div className="actions">
        {paused ? (
          <button
            type="button"
            aria-label={`Resume ${endpoint.url}`}
            disabled={resume.isPending}
            onClick={() => resume.mutate()}
          >
            Resume
          </button>
        ) : null}
        <button
          type="button"
          className="secondary"
          aria-expanded={showDeliveries}
          aria-label={`${showDeliveries ? 'Hide' : 'Show'} deliveries to ${endpoint.url}`}
          onClick={() => setShowDeliveries((shown) => !shown)}
        >
          {showDeliveries ? 'Hide deliveries' : 'Show deliveries'}
        </button>
        <ConfirmButton
          label="Rotate secret"
          accessibleLabel={`Rotate the signing secret of ${endpoint.url}`}
          title="Rotate the signing secret?"
          confirmLabel="Rotate secret"
          danger={false}
          onConfirm={() => rotate.mutateAsync()}
        >
          <p>A new secret signs every event. For a day the old one signs too, so the receiver can switch over.</p>
        </ConfirmButton>
        <ConfirmButton
          label="Delete"
          accessibleLabel={`Delete webhook ${endpoint.url}`}
          title="Delete this webhook?"
          confirmLabel="Delete webhook"
          onConfirm={() => api.delete(`/webhooks/${endpoint.id}`).then(refresh)}
        >
          <p>{endpoint.url} receives no more events, and the deliveries still pending are dropped.</p>
        </ConfirmButton>
      </div>
      <ErrorText error={resume.error} />
      {rotate.data?.secret ? (
        <CopyValue
          label={`New signing secret of ${endpoint.url}`}
          value={rotate.data.secret}
          note="Copy it now: it will not be shown again."
          onDone={() => rotate.reset()}
        />
      ) : null}
      {showDeliveries ? <WebhookDeliveries endpoint={endpoint} /> : null}
    </article>
  );
}

function CreateWebhookForm({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const eventTypes = [
    ...new Set([
      ...chosen,
      ...others
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ]),
  ];
  const create = useMutation({
    mutationFn: () =>
      api.post<WebhookEndpoint>('/webhooks', {
        url: url.trim(),
        description: description.trim() || undefined,
        event_types: eventTypes,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: WEBHOOKS_KEY }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  if (create.data) {
    return create.data.secret ? (
      <CopyValue
        label={`Signing secret of ${create.data.url}`}
        value={create.data.secret}
        note="The receiver checks each event's signature with it. Copy it now: it will not be shown again."
        onDone={onClose}
      />
    ) : (
      <div className="card" role="status">
        <p>Webhook added.</p>
        <button type="button" className="secondary" onClick={onClose}>
          Done
        </button>
      </div>
    );
  }
  const toggle = (type: string, on: boolean) =>
    setChosen((list) => (on ? [...list, type] : list.filter((t) => t !== type)));
  return (
    <form className="card" aria-label="Add webhook" onSubmit={submit}>
      <Field
        label="URL"
        type="url"
        required
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        placeholder="https://"
        autoFocus
      />
      <Field label="Description" value={description} onChange={(e) => setDescription(e.target.value)} hint="Optional" />
      <fieldset className="event-types">
        <legend>Event types</legend>
        <p className="hint">None chosen: every event is sent.</p>
        {COMMON_EVENT_TYPES.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={chosen.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
            {type}
          </label>
        ))}
      </fieldset>
      <Field
        label="Other event types"
        value={others}
        onChange={(e) => setOthers(e.target.value)}
        placeholder="task.created, tag.updated"
        hint="Separated by commas."
      />
      <ErrorText error={create.error} />
      <div className="actions">
        <button type="submit" disabled={create.isPending || !url.trim()}>
          Add webhook
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
