import { nowMs } from '../../core/clock.js';
import type { DeliveryConfig } from '../../config.js';
import type { WebhookEndpoint } from './webhook-endpoint.repository.js';

/** The part of an endpoint that its deliveries' outcomes decide. */
export type EndpointHealth = Pick<WebhookEndpoint, 'failingSince' | 'status' | 'pausedReason'>;

/**
 * An endpoint's health after one delivery attempt, or undefined when it does not change. A success clears
 * `failingSince`; a failure starts it unless already set. An endpoint with no success for `pauseAfterMs` is paused, so
 * a receiver that is gone stops costing a send per event: its deliveries wait, unclaimed, until it is resumed.
 */
export function endpointHealthAfter(
  endpoint: WebhookEndpoint,
  attempt: { attemptedAt: string; error: string | null },
  config: Pick<DeliveryConfig, 'pauseAfterMs'>,
  now: number = nowMs(),
): EndpointHealth | undefined {
  const succeeded = attempt.error === null;
  const failingSince = succeeded ? null : (endpoint.failingSince ?? attempt.attemptedAt);
  const pause = failingSince !== null && now - Date.parse(failingSince) >= config.pauseAfterMs;
  if (failingSince === endpoint.failingSince && !(pause && endpoint.status !== 'paused')) return undefined;
  if (!pause) return { failingSince, status: endpoint.status, pausedReason: endpoint.pausedReason };
  return {
    failingSince,
    status: 'paused',
    pausedReason: `Paused: every delivery failed since ${failingSince} (last: ${attempt.error})`,
  };
}
