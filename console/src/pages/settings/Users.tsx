import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, consoleApi } from '../../api/client';
import { personName } from '../../api/people';
import { SESSION_KEY, useSignedInSession } from '../../api/session';
import type { User } from '../../api/types';
import { ConfirmButton } from '../../components/Confirm';
import { ErrorText, Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { usePagedList } from './paged-list';
import { CopyValue } from './parts';

const ROLES = [
  { value: 'member', label: 'Member' },
  { value: 'admin', label: 'Admin' },
] as const;

const STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  away: 'Away',
  out_of_office: 'Out of office',
  deactivated: 'Deactivated',
};

/** The workspace's users: invite one, change a role, deactivate and reactivate. */
export function UsersSettings() {
  const { pages, list, rows } = usePagedList<User>(['users'], '/users');
  const [inviting, setInviting] = useState(false);
  return (
    <section aria-labelledby="users-title">
      <div className="section-header">
        <h2 id="users-title">Users</h2>
        {!inviting ? (
          <button type="button" onClick={() => setInviting(true)}>
            Invite user
          </button>
        ) : null}
      </div>
      {inviting ? <InviteForm onClose={() => setInviting(false)} /> : null}
      <ErrorText error={list.error} />
      <table className="issues" aria-label="Users" aria-busy={list.isFetching}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <UserRow key={user.id} user={user} />
          ))}
        </tbody>
      </table>
      {list.isSuccess && rows.length === 0 ? <p className="empty">No users.</p> : null}
      <Pager pages={pages} pagination={list.data?.pagination} label="Users" />
    </section>
  );
}

function UserRow({ user }: { user: User }) {
  const session = useSignedInSession();
  const client = useQueryClient();
  const name = personName(user);
  const isSelf = user.id === session.user.id;
  // Your own role is also your session's: taking admin away from yourself ends your access to settings.
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['users'] }),
      isSelf ? client.invalidateQueries({ queryKey: SESSION_KEY }) : undefined,
    ]);
  const deactivated = user.status === 'deactivated';
  const changeRole = useMutation({
    mutationFn: (roleId: string) => api.patch<User>(`/users/${user.id}`, { role_id: roleId }),
    onSettled: refresh,
  });
  const reactivate = useMutation({
    mutationFn: () => api.post<User>(`/helpline/users/${user.id}/reactivate`),
    onSettled: refresh,
  });
  return (
    <tr>
      <td>
        {name}
        {isSelf ? <span className="muted"> (you)</span> : null}
      </td>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={`Role of ${name}`}
          value={user.role_id ?? 'member'}
          disabled={changeRole.isPending}
          onChange={(e) => changeRole.mutate(e.target.value)}
        >
          {ROLES.map((role) => (
            <option key={role.value} value={role.value}>
              {role.label}
            </option>
          ))}
        </select>
        <ErrorText error={changeRole.error} />
      </td>
      <td>{STATUS_LABELS[user.status ?? ''] ?? user.status ?? '—'}</td>
      <td>
        {deactivated ? (
          <button
            type="button"
            className="secondary"
            aria-label={`Reactivate ${name}`}
            disabled={reactivate.isPending}
            onClick={() => reactivate.mutate()}
          >
            Reactivate
          </button>
        ) : isSelf ? null : (
          <ConfirmButton
            label="Deactivate"
            accessibleLabel={`Deactivate ${name}`}
            title={`Deactivate ${name}?`}
            confirmLabel="Deactivate user"
            onConfirm={() => api.post(`/helpline/users/${user.id}/deactivate`).then(refresh)}
          >
            <p>
              They can no longer sign in and their API tokens stop working. Their messages and assignments stay. You can
              reactivate them later.
            </p>
          </ConfirmButton>
        )}
        <ErrorText error={reactivate.error} />
      </td>
    </tr>
  );
}

interface Invite {
  user: User;
  link: string;
}

/** A new user and the one-time link that lets them choose a password (nothing is emailed: the admin passes it on). */
function InviteForm({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'member' | 'admin'>('member');
  const invite = useMutation({
    mutationFn: () =>
      consoleApi.post<Invite>('/invites', { email: email.trim(), name: name.trim() || undefined, role }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate();
  };
  if (invite.data) {
    return (
      <CopyValue
        label={`Invite link for ${personName(invite.data.user)}`}
        value={invite.data.link}
        note="Send this link to them: it lets them choose a password and sign in. It works once, within 7 days."
        onDone={onClose}
      />
    );
  }
  return (
    <form className="card" aria-label="Invite user" onSubmit={submit}>
      <Field label="Email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
      <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} hint="Optional" />
      <div className="field">
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as 'member' | 'admin')}>
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorText error={invite.error} />
      <div className="actions">
        <button type="submit" disabled={invite.isPending || !email.trim()}>
          Create invite
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
