import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ISSUE_STATES, personName, useUsers } from '../../api/people';
import { useSignedInSession } from '../../api/session';
import type { Issue } from '../../api/types';
import { ErrorText, Field, SelectField } from '../../components/Field';
import { useRefreshIssue } from './issue-data';

/** State, assignee and tags: each change is saved at once (`PATCH /issues/{id}`). */
export function IssueControls({ issue }: { issue: Issue }) {
  const session = useSignedInSession();
  const users = useUsers();
  const refresh = useRefreshIssue(issue.id);
  const [error, setError] = useState<unknown>();
  const [tags, setTags] = useState((issue.tags ?? []).join(', '));
  useEffect(() => setTags((issue.tags ?? []).join(', ')), [issue.tags]);
  const save = async (change: Record<string, unknown>) => {
    setError(undefined);
    try {
      await api.patch(`/issues/${issue.id}`, change);
      refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  const saveTags = () => {
    const list = [
      ...new Set(
        tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ];
    if (list.join(',') !== (issue.tags ?? []).join(',')) void save({ tags: list });
  };
  const activeUsers = (users.data ?? []).filter((u) => u.status !== 'inactive' && u.status !== 'deactivated');
  return (
    <div className="controls" role="group" aria-label="Issue controls">
      <SelectField label="State" value={issue.state} onChange={(e) => void save({ state: e.target.value })}>
        {ISSUE_STATES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Assignee"
        value={issue.assignee?.id ?? ''}
        onChange={(e) => void save({ assignee_id: e.target.value })}
      >
        <option value="">Unassigned</option>
        {activeUsers.map((u) => (
          <option key={u.id} value={u.id}>
            {personName(u)}
          </option>
        ))}
      </SelectField>
      {issue.assignee?.id !== session.user.id ? (
        <button type="button" className="secondary" onClick={() => void save({ assignee_id: session.user.id })}>
          Assign to me
        </button>
      ) : null}
      <Field
        label="Tags"
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        onBlur={saveTags}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            saveTags();
          }
        }}
        placeholder="billing, urgent"
      />
      <ErrorText error={error} />
    </div>
  );
}
