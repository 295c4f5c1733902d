import type { Delivery } from '../../connections/schema';

const soon = 1000;
const later = 30_000;

/**
 * How long the delivery log waits before asking again (docs/decisions/webhook-log-refresh.md):
 * never while nothing is pending; every second while a delivery is being sent (due within the
 * last 30 s: just queued, or a retry whose time came); at a retry's time when it is in the future;
 * every 30 s for one overdue longer (held back behind an earlier event, or the endpoint disabled).
 */
export function deliveryPollInterval(deliveries: readonly Delivery[] | undefined, now: number): number | false {
  const waits = (deliveries ?? [])
    .filter((delivery) => delivery.state === 'pending')
    .map((delivery) => {
      const due = Date.parse(delivery.nextAttemptAt ?? delivery.createdAt);
      if (due > now) return due - now;
      return now - due < later ? soon : later;
    });
  if (waits.length === 0) return false;
  return Math.min(later, Math.max(soon, Math.min(...waits)));
}
