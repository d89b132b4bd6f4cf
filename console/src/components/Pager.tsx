import { useState } from 'react';

/**
 * Cursor paging for a list: the cursors of the pages before this one, so "Previous page" can go back (the API only
 * hands out the next cursor). A new `resetKey` (another search) starts again at the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] });
  const cursors = state.key === resetKey ? state.cursors : [];
  return {
    cursor: cursors.at(-1),
    hasPrevious: cursors.length > 0,
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
    next: (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;

/** "Previous page" and "Next page" under a list; `label` names the list for assistive technology. */
export function Pager({
  pages,
  pagination,
  label,
}: {
  pages: CursorPages;
  pagination: { cursor: string | null; has_next_page: boolean } | undefined;
  label: string;
}) {
  const nextCursor = pagination?.has_next_page ? pagination.cursor : null;
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="secondary" disabled={!pages.hasPrevious} onClick={pages.previous}>
        Previous page
      </button>
      <button
        type="button"
        className="secondary"
        disabled={!nextCursor}
        onClick={() => nextCursor && pages.next(nextCursor)}
      >
        Next page
      </button>
    </nav>
  );
}
