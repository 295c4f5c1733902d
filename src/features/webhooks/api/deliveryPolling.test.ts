import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../connections/schema';
import { deliveryPollInterval } from './deliveryPolling';

const now = Date.parse('2026-12-01T09:30:00.000Z');
const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
const delivery = (state: Delivery['state'], nextAttemptAt: string | null, createdAt = iso(0)): Delivery => ({
  id: 'd',
  type: 'webhook.test',
  connectionId: null,
  createdAt,
  state,
  nextAttemptAt,
  attempts: [],
});

describe('how often the delivery log asks again', () => {
  it('not at all when nothing is pending (or nothing is known yet)', () => {
    expect(deliveryPollInterval(undefined, now)).toBe(false);
    expect(deliveryPollInterval([delivery('delivered', null), delivery('failed', null)], now)).toBe(false);
  });

  it('every second while a delivery is being sent: just queued, or a retry whose time has just come', () => {
    expect(deliveryPollInterval([delivery('pending', iso(0))], now)).toBe(1000);
    expect(deliveryPollInterval([delivery('pending', iso(-29_000))], now)).toBe(1000);
    expect(deliveryPollInterval([delivery('pending', null, iso(-500))], now)).toBe(1000);
  });

  it('at the next retry when it is later, but at least every 30 s; every 30 s for one long overdue (held back)', () => {
    expect(deliveryPollInterval([delivery('pending', iso(5_000))], now)).toBe(5_000);
    expect(deliveryPollInterval([delivery('pending', iso(300))], now)).toBe(1000);
    expect(deliveryPollInterval([delivery('pending', iso(3_600_000))], now)).toBe(30_000);
    expect(deliveryPollInterval([delivery('pending', iso(-60_000))], now)).toBe(30_000);
    expect(deliveryPollInterval([delivery('pending', iso(-60_000)), delivery('pending', iso(8_000)), delivery('delivered', null)], now)).toBe(8_000);
  });
});
