import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { personName, useUsers } from '../../api/people';
import { useSignedInSession } from '../../api/session';
import { ConfirmButton } from '../../components/Confirm';
import { ErrorText, Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { usePagedList } from './paged-list';
import { CopyValue, When } from './parts';

interface ApiToken {
  id: string;
  name: string;
  user_id: string;
  status: 'active' | 'expired' | 'revoked';
  created_at: string;
  expires_at?: string;
  last_used_at?: string;
  revoked_at?: string;
}

const KEY = ['api-tokens'];

const STATUS_LABELS = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } as const;

/** The workspace's API tokens (revoked and expired ones too): create one, seeing its secret once; revoke one. */
export function ApiTokensSettings() {
  const { pages, list, rows } = usePagedList<ApiToken>(KEY, '/helpline/api-tokens');
  const users = useUsers();
  const userName = (id: string) => personName(users.data?.find((u) => u.id === id) ?? { name: id });
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="tokens-title">
      <div className="section-header">
        <h2 id="tokens-title">API tokens</h2>
        {!creating ? (
          <button type="button" onClick={() => setCreating(true)}>
            Create token
          </button>
        ) : null}
      </div>
      <p className="muted">A token acts as a user, with that user's role, on the public API.</p>
      {creating ? <CreateTokenForm onClose={() => setCreating(false)} /> : null}
      <ErrorText error={list.error} />
      <table className="issues" aria-label="API tokens" aria-busy={list.isFetching}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Acts as</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{userName(token.user_id)}</td>
              <td>
                <span className={`token-status token-${token.status}`}>
                  {STATUS_LABELS[token.status] ?? token.status}
                </span>
              </td>
              <td>
                <When at={token.created_at} />
              </td>
              <td>{token.last_used_at ? <When at={token.last_used_at} /> : <span className="muted">Never</span>}</td>
              <td>{token.expires_at ? <When at={token.expires_at} /> : <span className="muted">Never</span>}</td>
              <td>{token.status === 'active' ? <RevokeButton token={token} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.isSuccess && rows.length === 0 ? <p className="empty">No API tokens.</p> : null}
      <Pager pages={pages} pagination={list.data?.pagination} label="API tokens" />
    </section>
  );
}

function RevokeButton({ token }: { token: ApiToken }) {
  const client = useQueryClient();
  return (
    <ConfirmButton
      label="Revoke"
      accessibleLabel={`Revoke token ${token.name}`}
      title={`Revoke the token “${token.name}”?`}
      confirmLabel="Revoke token"
      onConfirm={() =>
        api.delete(`/helpline/api-tokens/${token.id}`).then(() => client.invalidateQueries({ queryKey: KEY }))
      }
    >
      <p>Every program using it is refused from now on. This cannot be undone: create a new token instead.</p>
    </ConfirmButton>
  );
}

function CreateTokenForm({ onClose }: { onClose: () => void }) {
  const session = useSignedInSession();
  const users = useUsers();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState(session.user.id);
  const [days, setDays] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api.post<ApiToken & { token: string }>('/helpline/api-tokens', {
        name: name.trim() || undefined,
        user_id: userId,
        expires_in_days: days ? Number(days) : undefined,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  if (create.data) {
    return (
      <CopyValue
        label={`Secret of the token “${create.data.name}”`}
        value={create.data.token}
        note="Copy it now: it will not be shown again (only a fingerprint of it is kept)."
        onDone={onClose}
      />
    );
  }
  const activeUsers = (users.data ?? []).filter((u) => u.status !== 'deactivated');
  return (
    <form className="card" aria-label="Create API token" onSubmit={submit}>
      <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} placeholder="CRM sync" autoFocus />
      <div className="field">
        <label>
          Acts as
          <select value={userId} onChange={(e) => setUserId(e.target.value)}>
            {activeUsers.length === 0 ? <option value={session.user.id}>{personName(session.user)}</option> : null}
            {activeUsers.map((u) => (
              <option key={u.id} value={u.id}>
                {personName(u)} ({u.role_id})
              </option>
            ))}
          </select>
        </label>
      </div>
      <Field
        label="Expires in days"
        type="number"
        min={1}
        max={3650}
        value={days}
        onChange={(e) => setDays(e.target.value)}
        hint="Leave empty for a token that does not expire."
      />
      <ErrorText error={create.error} />
      <div className="actions">
        <button type="submit" disabled={create.isPending}>
          Create token
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
