import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { absoluteTime } from '../../api/people';
import { ErrorText } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { usePagedList } from './paged-list';
import { When } from './parts';
import type { WebhookEndpoint } from './Webhooks';

interface Delivery {
  id: string;
  event_id: string;
  event_type?: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempt_count: number;
  next_attempt_at?: string;
  last_status_code?: number;
  last_error?: string;
  created_at: string;
}

const STATUS_LABELS = { pending: 'Pending', succeeded: 'Delivered', failed: 'Failed' } as const;

/** An endpoint's deliveries, oldest first as the API pages them, each one replayable (sent again as a new delivery). */
export function WebhookDeliveries({ endpoint }: { endpoint: WebhookEndpoint }) {
  const key = ['webhooks', endpoint.id, 'deliveries'];
  const client = useQueryClient();
  const { pages, list, rows } = usePagedList<Delivery>(key, `/webhooks/${endpoint.id}/deliveries`);
  const replay = useMutation({
    mutationFn: (deliveryId: string) => api.post(`/webhooks/${endpoint.id}/deliveries/${deliveryId}/replay`),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
  const title = `Deliveries to ${endpoint.url}`;
  return (
    <div className="deliveries">
      <ErrorText error={list.error ?? replay.error} />
      {rows.length ? (
        <table className="issues" aria-label={title} aria-busy={list.isFetching}>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Time</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((delivery) => (
              <tr key={delivery.id}>
                <td>{delivery.event_type ?? delivery.event_id}</td>
                <td>
                  <span className={`delivery-status delivery-${delivery.status}`}>
                    {STATUS_LABELS[delivery.status]}
                  </span>
                  {delivery.status === 'pending' && delivery.next_attempt_at ? (
                    <div className="meta">
                      next try <When at={delivery.next_attempt_at} />
                    </div>
                  ) : null}
                </td>
                <td>{delivery.attempt_count}</td>
                <td>
                  {delivery.last_status_code ? `HTTP ${delivery.last_status_code}` : null}
                  {delivery.last_error ? <div className="meta">{delivery.last_error}</div> : null}
                  {!delivery.last_status_code && !delivery.last_error ? <span className="muted">—</span> : null}
                </td>
                <td>
                  <When at={delivery.created_at} />
                </td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`Replay ${delivery.event_type ?? 'event'} of ${absoluteTime(delivery.created_at)}`}
                    disabled={replay.isPending}
                    onClick={() => replay.mutate(delivery.id)}
                  >
                    Replay
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.isSuccess ? (
        <p className="empty">No deliveries yet.</p>
      ) : null}
      <Pager pages={pages} pagination={list.data?.pagination} label={title} />
    </div>
  );
}
