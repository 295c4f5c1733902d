import { beforeAll, describe, expect, it } from 'vitest';
import { ContractError, HttpError, NetworkError } from '../../../lib/http';
import { loadContract } from '../schema/load';
import { describeError, toFieldErrors } from './errors';

// As in the app: an HttpError reaches errors.ts only once the contract has loaded (contractRequest).
beforeAll(async () => {
  await loadContract();
});

const body = (status: number, code: string, message: string, fields?: Array<{ path: string; message: string }>) => ({
  error: { status, code, message, ...(fields ? { fields } : {}) },
});

describe('toFieldErrors', () => {
  it('puts 422 field messages on their fields', () => {
    const error = new HttpError(422, 'x', body(422, 'validation_failed', 'Invalid', [
      { path: 'storeHash', message: 'Bad hash' },
      { path: 'scopes.0', message: 'Bad scope' },
    ]));
    expect(toFieldErrors(error)).toEqual({
      fields: [
        { path: 'storeHash', message: 'Bad hash' },
        { path: 'scopes.0', message: 'Bad scope' },
      ],
      message: null,
      status: 422,
    });
  });

  it('puts a 409 on the name, with or without fields', () => {
    const withFields = new HttpError(409, 'x', body(409, 'name_taken', 'Taken', [{ path: 'name', message: 'Name taken' }]));
    expect(toFieldErrors(withFields).fields).toEqual([{ path: 'name', message: 'Name taken' }]);
    const without = new HttpError(409, 'x', body(409, 'name_taken', 'A connection named "X" already exists.'));
    expect(toFieldErrors(without)).toEqual({ fields: [{ path: 'name', message: 'A connection named "X" already exists.' }], message: null, status: 409 });
  });

  it('keeps a 400 without fields as one message', () => {
    const error = new HttpError(400, 'x', body(400, 'validation_failed', 'The body is not JSON.'));
    expect(toFieldErrors(error)).toEqual({ fields: [], message: 'The body is not JSON.', status: 400 });
  });

  it.each([
    ['a 500', new HttpError(500, 'x', body(500, 'internal', 'Boom')), /server ran into a problem.*try again/i],
    ['a 503', new HttpError(503, 'x', body(503, 'unavailable', 'Down')), /unavailable.*try again/i],
    ['a 500 without our body', new HttpError(500, 'x', '<html>'), /server ran into a problem/i],
    ['a network failure', new NetworkError(new TypeError('Failed to fetch')), /could not be reached.*try again/i],
    ['a contract error', new ContractError('/api/connections', 'id: Required'), /does not understand.*try again/i],
    ['anything else', new Error('?'), /unexpected.*try again/i],
  ])('turns %s into one message for the form', (_name, error, message) => {
    const report = toFieldErrors(error);
    expect(report.fields).toEqual([]);
    expect(report.message).toMatch(message);
  });

  it('ignores an error body that is not in our shape', () => {
    const error = new HttpError(422, 'x', { message: 'nope' });
    expect(toFieldErrors(error)).toEqual({ fields: [], message: 'The server refused the request (status 422). Try again.', status: 422 });
  });

  it('never echoes the request (and so never a secret) into a message', () => {
    expect(describeError(new NetworkError('secret-token'))).not.toContain('secret-token');
  });
});
