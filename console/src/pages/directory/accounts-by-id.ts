import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Account } from '../../api/types';

/**
 * The accounts a page of contacts names, in one `POST /accounts/search` (id in …) rather than one call per row.
 * Each is also kept under `['account', id]`, the key the account page and the side panel read.
 */
export function useAccountsById(ids: string[]): Map<string, Account> {
  const client = useQueryClient();
  const unique = [...new Set(ids)].sort();
  const result = useQuery({
    queryKey: ['accounts', 'by-id', unique],
    enabled: unique.length > 0,
    staleTime: 60_000,
    queryFn: async () => {
      const accounts = await api.post<Account[]>('/accounts/search', {
        filter: { field: 'id', operator: 'in', values: unique },
        limit: unique.length,
      });
      for (const account of accounts) client.setQueryData(['account', account.id], account);
      return accounts;
    },
  });
  return new Map((result.data ?? []).map((account) => [account.id, account]));
}

export const accountName = (account: Account | undefined): string | undefined =>
  account ? account.name || account.primary_domain || account.domains?.[0] || account.id : undefined;
