import { useSyncExternalStore } from 'react';
import type { GuideFieldName } from './data/types';

/** The fields a focused element can stand for: those guide steps produce, and the auth type. */
const knownFields: ReadonlySet<string> = new Set<GuideFieldName | 'authType'>([
  'name',
  'authType',
  'storeHash',
  'oauthClientId',
  'scopes',
  'redirectUrl',
  'username',
  'password',
  'accessToken',
  'clientId',
  'clientSecret',
]);

// Field gives each control the id field-<name>; a group (the scopes) is the fieldset field-<name>-group.
const fieldIdPattern = /^field-([A-Za-z]+)(?:-group)?$/;

const known = (name: string | null | undefined) => (name && knownFields.has(name) ? name : undefined);
const fromId = (id: string | undefined) => known(id ? fieldIdPattern.exec(id)?.[1] : undefined);

/**
 * The form field a focused element belongs to, read from what the DOM already says: the element's
 * `name` (what register() and the radios set), else its id (`field-<name>`: the scope filter, the
 * redirect URL), else the fieldset around it (`field-scopes-group`: the scope radios). Undefined
 * for anything else: buttons, the import control.
 */
export function fieldOfElement(element: Element): string | undefined {
  return known(element.getAttribute('name')) ?? fromId(element.id) ?? fromId(element.closest('fieldset')?.id);
}

/**
 * The last form field that took focus, kept outside React state so that the form's one focus
 * handler re-renders only what subscribes (the guide), never the form.
 */
export interface FocusedFieldStore {
  get(): string | undefined;
  subscribe(listener: () => void): () => void;
  /**
   * The form's onFocus (React's focusin, which also bubbles out of portals such as the OAuth 2.0
   * client dialog). Focus on something that is no field (a button) keeps the last field.
   */
  follow(target: EventTarget | null): void;
}

export function createFocusedFieldStore(): FocusedFieldStore {
  let field: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => field,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    follow(target) {
      const next = target instanceof Element ? fieldOfElement(target) : undefined;
      if (!next || next === field) return;
      field = next;
      for (const listener of listeners) listener();
    },
  };
}

export function useFocusedField(store: FocusedFieldStore): string | undefined {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
