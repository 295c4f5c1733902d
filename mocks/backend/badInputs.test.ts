// The bad-input corpus (src/features/connections/schema/badInputs.corpus.ts) through the API:
// on the embedded backend here, and on the server over HTTP on SQLite and on PostgreSQL
// (vite.config.ts, serverApiSuite). Each entry's body answers 422 with the corpus's message on
// its field and stores nothing, or is saved with the value the corpus says it becomes.
import { apiErrorSchema, connectionSchema, messages } from '../../src/features/connections/schema';
import { badInputs, bodyWith, existingName, validBodies } from '../../src/features/connections/schema/badInputs.corpus';
import { connectionCount, send, setupMockBackend } from './testing';

setupMockBackend();

describe('the bad-input corpus through POST /api/connections', () => {
  it.each(badInputs.map((entry) => [entry.what, entry] as const))('%s', async (_what, entry) => {
    if (entry.againstExisting) expect((await send('POST', '/connections', { ...validBodies.token, name: existingName })).status).toBe(201);
    const before = await connectionCount();
    const response = await send('POST', '/connections', bodyWith(entry));
    if (entry.message) {
      const error = apiErrorSchema.parse(await response.json()).error;
      expect({ status: response.status, fields: error.fields }).toEqual({
        status: entry.againstExisting ? 409 : 422,
        fields: [{ path: entry.field, message: entry.message }],
      });
      expect(await connectionCount()).toBe(before);
      return;
    }
    expect(response.status).toBe(201);
    const saved = connectionSchema.parse(await response.json());
    const reread = connectionSchema.parse(await (await send('GET', `/connections/${saved.id}`)).json());
    expect(reread).toEqual(saved);
    // Secrets never come back: what was saved for them is the backend's business (secrets.test.ts).
    const field = reread[entry.field as keyof typeof reread];
    if (entry.field === 'accessToken' || entry.field === 'password') expect(field).toEqual({ set: true, updatedAt: reread.updatedAt });
    else expect(field).toBe(entry.accepted ?? entry.input);
  });
});

describe('names that differ only in their Unicode form', () => {
  it('are one name: the second is 409 name_taken', async () => {
    expect((await send('POST', '/connections', { ...validBodies.token, name: 'Caf\u00e9 store' })).status).toBe(201);
    const response = await send('POST', '/connections', { ...validBodies.basic, name: 'cafe\u0301 STORE' });
    expect(response.status).toBe(409);
    expect(apiErrorSchema.parse(await response.json()).error.fields).toEqual([{ path: 'name', message: messages.nameTaken('caf\u00e9 STORE') }]);
  });
});
