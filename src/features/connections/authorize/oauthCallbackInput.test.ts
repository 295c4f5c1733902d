import { describe, expect, it } from 'vitest';
import { parseCallbackQuery } from './oauthCallbackInput';

describe('parseCallbackQuery', () => {
  it('reads what BigCommerce appends to the Redirect URL', () => {
    expect(parseCallbackQuery('?code=c0de&scope=store_v2_products_read_only%20store_v2_default&context=stores%2Fx7kq2mfa9b&account_uuid=u-1&state=s1')).toEqual({
      code: 'c0de',
      scope: 'store_v2_products_read_only store_v2_default',
      context: 'stores/x7kq2mfa9b',
      account_uuid: 'u-1',
      state: 's1',
    });
  });

  it('reads a refusal, and ignores anything else in the query', () => {
    expect(parseCallbackQuery('?error=access_denied&error_description=The+user+cancelled.&state=s1&utm=x')).toEqual({
      error: 'access_denied',
      error_description: 'The user cancelled.',
      state: 's1',
    });
  });

  it('has nothing without a state', () => {
    expect(parseCallbackQuery('?code=c0de')).toBeUndefined();
    expect(parseCallbackQuery('')).toBeUndefined();
  });
});
