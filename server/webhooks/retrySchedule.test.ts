// @vitest-environment node
// Webhook delivery on its real schedule, the delivery loop's clock moved by the test: 8 attempts
// over about a day, then given up; a receiver silent past the time limit counted as a failure; an
// endpoint failing for 3 days disabled, until it is saved again.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { deliveryListSchema, webhookCreatedSchema, webhookListSchema } from '../../src/features/connections/schema';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce, type FakeBigCommerce } from '../testing/fakeBigCommerce';
import { startProxyHarness, type ProxyHarness } from '../testing/proxyHarness';
import { shiftedClock } from '../testing/shiftedClock';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhookReceiver';
import { DISABLE_AFTER_MS, MAX_ATTEMPTS, RETRY_DELAYS_MS } from './deliverer';

const MINUTE = 60_000;
// In place of 10 s: a receiver that never answers costs the test this long.
const SEND_TIMEOUT_MS = 2_000;

describeEachDatabase('webhook retries on the real schedule', (database) => {
  let bigcommerce: FakeBigCommerce;
  let receiver: WebhookReceiver;
  let harness: ProxyHarness;
  let clock: ReturnType<typeof shiftedClock>;
  beforeEach(async () => {
    clock = shiftedClock();
    bigcommerce = await startFakeBigCommerce();
    receiver = await startWebhookReceiver();
    harness = await startProxyHarness(database(), bigcommerce.url, { env: { WEBHOOKS_ALLOW_PRIVATE: 'true' }, backgroundNow: clock.now, webhookSendTimeoutMs: SEND_TIMEOUT_MS });
  });
  afterEach(async () => {
    await harness.close();
    await receiver.close();
    await bigcommerce.close();
  });
  const send = (method: string, path: string, body?: unknown) => harness.server.send(method, path, { cookie: harness.cookie, ...(body === undefined ? {} : { body }) });
  /** Lets the delivery loop try whatever is due by the test's clock, and waits until it has. */
  const settle = async () => {
    const { deliverer } = harness.server.running.webhooks;
    deliverer.wake();
    await deliverer.idle();
  };
  const addEndpoint = async () => webhookCreatedSchema.parse(await (await send('POST', '/api/webhooks', { url: receiver.url, events: ['connection.created'] })).json()).webhook;
  const sendTestEvent = async (id: string) => {
    expect((await send('POST', `/api/webhooks/${id}/test`)).status).toBe(202);
    await settle();
  };
  const deliveries = async (id: string) => deliveryListSchema.parse(await (await send('GET', `/api/webhooks/${id}/deliveries`)).json()).deliveries;
  const endpoint = async (id: string) => webhookListSchema.parse(await (await send('GET', '/api/webhooks')).json()).webhooks.find((webhook) => webhook.id === id);

  it('tries 8 times, 1 min, 5 min, 15 min, 1 h, 3 h, 6 h and 12 h apart, then gives up', { timeout: 60_000 }, async () => {
    expect(RETRY_DELAYS_MS.map((delayMs) => delayMs / MINUTE)).toEqual([1, 5, 15, 60, 180, 360, 720]);
    const { id } = await addEndpoint();
    receiver.answerWith(...Array.from({ length: MAX_ATTEMPTS + 1 }, () => 500));
    await sendTestEvent(id);
    for (const [index, delayMs] of RETRY_DELAYS_MS.entries()) {
      const [delivery] = await deliveries(id);
      const last = delivery?.attempts.at(-1);
      expect([delivery?.state, delivery?.attempts.length]).toEqual(['pending', index + 1]);
      expect(Date.parse(delivery?.nextAttemptAt ?? '') - Date.parse(last?.at ?? '')).toBeGreaterThanOrEqual(delayMs);
      expect(Date.parse(delivery?.nextAttemptAt ?? '') - Date.parse(last?.at ?? '')).toBeLessThan(delayMs + 5_000);
      // Not a moment before it is due...
      clock.advance(delayMs - 5_000);
      await settle();
      expect(receiver.received).toHaveLength(index + 1);
      // ...and then, sent again.
      clock.advance(5_000);
      await settle();
      expect(receiver.received).toHaveLength(index + 2);
    }
    const [given] = await deliveries(id);
    expect([given?.state, given?.nextAttemptAt, given?.attempts.map((attempt) => attempt.status)]).toEqual(['failed', null, Array.from({ length: MAX_ATTEMPTS }, () => 500)]);
    // About a day from the first attempt to the last.
    const spanMs = Date.parse(given?.attempts.at(-1)?.at ?? '') - Date.parse(given?.attempts[0]?.at ?? '');
    expect(spanMs).toBeGreaterThan(22 * 60 * MINUTE);
    expect(spanMs).toBeLessThan(24 * 60 * MINUTE);
    clock.advance(DISABLE_AFTER_MS);
    await settle();
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
  });

  it('counts a receiver that does not answer within the time limit as a failed attempt, and tries again', { timeout: 30_000 }, async () => {
    const { id } = await addEndpoint();
    receiver.answerWith(0);
    await sendTestEvent(id);
    const [unanswered] = await deliveries(id);
    expect([unanswered?.state, unanswered?.attempts.map((attempt) => [attempt.status, attempt.error])]).toEqual(['pending', [[null, 'No answer within 2 seconds.']]]);
    expect(unanswered?.attempts[0]?.durationMs).toBeGreaterThanOrEqual(SEND_TIMEOUT_MS - 10);
    clock.advance(MINUTE);
    await settle();
    expect((await deliveries(id))[0]?.state).toBe('delivered');
  });

  it('disables an endpoint failing for 3 days, sends it nothing more, and enables it again when rotated or saved', { timeout: 60_000 }, async () => {
    const { id, url, events } = await addEndpoint();
    const failForThreeDays = async () => {
      receiver.answerWith(500, 500, 500);
      await sendTestEvent(id);
      expect((await endpoint(id))?.failingSince).not.toBeNull();
      clock.advance(DISABLE_AFTER_MS - 10 * MINUTE);
      await settle();
      expect((await endpoint(id))?.disabledAt, 'failing for a little less than 3 days').toBeNull();
      clock.advance(10 * MINUTE);
      await settle();
      expect((await endpoint(id))?.disabledAt).not.toBeNull();
    };
    // Disabled: a delivery due now is not sent, though the endpoint would take it.
    const sendsNothing = async () => {
      const before = receiver.received.length;
      await sendTestEvent(id);
      clock.advance(15 * MINUTE);
      await settle();
      expect(receiver.received).toHaveLength(before);
      return before;
    };

    await failForThreeDays();
    let sent = await sendsNothing();
    expect((await send('POST', `/api/webhooks/${id}/rotate`)).status).toBe(200);
    expect(await endpoint(id)).toMatchObject({ failingSince: null, disabledAt: null });
    await settle();
    expect(receiver.received.length).toBeGreaterThan(sent);

    await failForThreeDays();
    sent = await sendsNothing();
    expect((await send('PUT', `/api/webhooks/${id}`, { url, events })).status).toBe(200);
    expect(await endpoint(id)).toMatchObject({ failingSince: null, disabledAt: null });
    await settle();
    expect(receiver.received.length).toBeGreaterThan(sent);
    expect((await deliveries(id)).every((delivery) => delivery.state === 'delivered')).toBe(true);
  });
});
