import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFocusedFieldStore, fieldOfElement } from './focusedField';

function html(markup: string): HTMLElement {
  const root = document.createElement('form');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fieldOfElement', () => {
  it.each([
    ['<input name="accessToken" id="field-accessToken">', 'accessToken'],
    ['<input name="username" id="field-username">', 'username'],
    ['<select name="oauthClientId" id="field-oauthClientId"></select>', 'oauthClientId'],
    ['<input type="radio" name="authType" id="field-authType-token">', 'authType'],
    ['<input name="clientSecret" id="oauth-client-clientSecret">', 'clientSecret'],
    ['<input type="search" id="field-scopes">', 'scopes'],
    ['<input readonly id="field-redirectUrl">', 'redirectUrl'],
  ])('%s stands for %s', (markup, expected) => {
    expect(fieldOfElement(html(markup).firstElementChild!)).toBe(expected);
  });

  it('finds a scope radio by the Scopes fieldset around it, not by its own name', () => {
    const root = html('<fieldset id="field-scopes-group"><div><input type="radio" name="scope-products"></div></fieldset>');
    expect(fieldOfElement(root.querySelector('input')!)).toBe('scopes');
  });

  it.each([
    ['<button type="button">Copy redirect URL</button>'],
    ['<input type="file" id=":r3:">'],
    ['<input type="radio" name="scope-products">'],
    ['<input name="somethingElse" id="field-somethingElse">'],
  ])('%s stands for no field', (markup) => {
    expect(fieldOfElement(html(markup).firstElementChild!)).toBeUndefined();
  });
});

describe('createFocusedFieldStore', () => {
  it('follows focus into fields, tells subscribers once per change, and keeps the field on other controls', () => {
    const root = html('<input name="clientId"><input name="storeHash"><button type="button">Save</button>');
    const [clientId, storeHash, button] = [...root.children];
    const store = createFocusedFieldStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.get()).toBeUndefined();

    store.follow(clientId!);
    expect(store.get()).toBe('clientId');
    store.follow(clientId!);
    expect(listener).toHaveBeenCalledTimes(1);

    store.follow(button!);
    store.follow(null);
    expect(store.get()).toBe('clientId');
    expect(listener).toHaveBeenCalledTimes(1);

    store.follow(storeHash!);
    expect(store.get()).toBe('storeHash');
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    store.follow(clientId!);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
