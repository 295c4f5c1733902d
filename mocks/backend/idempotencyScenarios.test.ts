import { setScenario } from './scenarios';
import { connectionCount, send, sendWithKey, setupMockBackend, tokenInput } from './testing';

// The embedded backend's named failures (a lost answer, a 500) against the Idempotency-Key; the
// rest of the idempotency suite runs against both backends (idempotency.test.ts).

setupMockBackend();

describe('Idempotency-Key after the embedded backend\'s made-up failures', () => {
  it('after a lost answer (lost-response), the retry with the same key gets the saved connection: exactly one', async () => {
    setScenario('connections.create', 'lost-response', { once: true });
    await expect(sendWithKey('POST', '/connections', tokenInput(), 'lost')).rejects.toThrow(TypeError);
    expect(await connectionCount()).toBe(1);

    const retry = await sendWithKey('POST', '/connections', tokenInput(), 'lost');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await connectionCount()).toBe(1);
  });

  it('without a key, a lost answer and a retry save twice (the name is then taken: 409)', async () => {
    setScenario('connections.create', 'lost-response', { once: true });
    await expect(send('POST', '/connections', tokenInput())).rejects.toThrow(TypeError);
    expect((await send('POST', '/connections', tokenInput())).status).toBe(409);
  });

  it('stores no failure: after a 500 the same key runs afresh and saves', async () => {
    setScenario('connections.create', 'server-error', { once: true });
    expect((await sendWithKey('POST', '/connections', tokenInput(), 'after-500')).status).toBe(500);
    const retry = await sendWithKey('POST', '/connections', tokenInput(), 'after-500');
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBeNull();
  });

});
