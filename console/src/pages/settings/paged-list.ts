import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import { useCursorPages } from '../../components/Pager';

const PAGE_SIZE = 50;

/** One page of a settings list (`GET <path>?cursor&limit`), under `key` so a change can mark it stale. */
export function usePagedList<T>(key: readonly unknown[], path: string) {
  const pages = useCursorPages(path);
  const list = useQuery({
    queryKey: [...key, 'page', pages.cursor],
    placeholderData: keepPreviousData,
    queryFn: () => api.page<T[]>(`${path}${query({ cursor: pages.cursor, limit: PAGE_SIZE })}`),
  });
  return { pages, list, rows: list.data?.data ?? [] };
}
