import { useId, useState } from 'react';
import { absoluteTime, relativeTime } from '../../api/people';

/** A moment, relative ("5 minutes ago") with the exact time on hover; a dash when there is none. */
export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span className="muted">—</span>;
  return (
    <time dateTime={at} title={absoluteTime(at)}>
      {relativeTime(at)}
    </time>
  );
}

/**
 * Something to copy that the server shows only now (a token's or webhook's secret, an invite link): a read-only
 * field, a Copy button, and why it matters.
 */
export function CopyValue({
  label,
  value,
  note,
  onDone,
}: {
  label: string;
  value: string;
  note: string;
  onDone?: () => void;
}) {
  const id = useId();
  const [copied, setCopied] = useState<'copied' | 'failed' | undefined>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="card copy-value">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="hint">{note}</p>
      <p className="muted" aria-live="polite">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the text and copy it.' : ''}
      </p>
      {onDone ? (
        <button type="button" className="secondary" onClick={onDone}>
          Done
        </button>
      ) : null}
    </div>
  );
}
