import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';

/** The list's search words, kept in the address (`?q=`) so Back and a shared link show the same list. */
export function useSearchText(): [string, (text: string) => void] {
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  const text = params.get('q') ?? '';
  const setText = (next: string) => {
    const changed = new URLSearchParams(params);
    if (next) changed.set('q', next);
    else changed.delete('q');
    const search = changed.toString();
    navigate(`${location}${search ? `?${search}` : ''}`, { replace: true });
  };
  return [text, setText];
}

/** A search box that searches when submitted (Enter or the button), not on every key: searches are rate limited. */
export function SearchBox({
  label,
  value,
  placeholder,
  onSearch,
}: {
  label: string;
  value: string;
  placeholder?: string;
  onSearch: (text: string) => void;
}) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <form
      className="filters"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label>
        {label}
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={placeholder} />
      </label>
      <button type="submit" className="secondary">
        Search
      </button>
      {value ? (
        <button type="button" className="secondary" onClick={() => onSearch('')}>
          Clear search
        </button>
      ) : null}
    </form>
  );
}
