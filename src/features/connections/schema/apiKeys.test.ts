import { describe, expect, it } from 'vitest';
import { issuesToFields } from './apiError';
import { apiKeyInputSchema, apiKeyMessages } from './apiKeys';
import { messages } from './messages';

const fieldsOf = (body: unknown) => issuesToFields(apiKeyInputSchema.safeParse(body).error?.issues ?? []);
const valid = { name: 'Nightly order export', connections: 'all', access: 'read' };

describe('apiKeyInputSchema', () => {
  it("names a key as a connection is named: NFC, trimmed, at most 100, no control character", () => {
    expect(apiKeyInputSchema.parse({ ...valid, name: '  Cafe\u0301 export ' }).name).toBe('Caf\u00e9 export');
    expect(fieldsOf({ ...valid, name: 'x\u0000y' })).toEqual([{ path: 'name', message: messages.nameHasControl() }]);
    expect(fieldsOf({ ...valid, name: 'n'.repeat(101) })).toEqual([{ path: 'name', message: apiKeyMessages.nameTooLong(101) }]);
    expect(fieldsOf({ ...valid, name: 42 })).toEqual([{ path: 'name', message: apiKeyMessages.nameRequired }]);
  });

  it('answers an ID no connection can have as a connection that no longer exists, on connections', () => {
    expect(fieldsOf({ ...valid, connections: ['c0nnection-1', 'x\u0000', 'y'.repeat(129)] })).toEqual([{ path: 'connections', message: apiKeyMessages.unknownConnections(2) }]);
    expect(fieldsOf({ ...valid, connections: ['3f1c0a52-7e8b-4d0e-9a61-2b6f0c9d4e11'] })).toEqual([]);
  });
});
