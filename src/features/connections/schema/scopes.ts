import './zodConfig';
import { z } from 'zod/mini';
import { resourceNameOf } from './scopeCatalog';
import { notText } from './common';
import { messages } from './messages';

const isStoreScope = (scope: string) => resourceNameOf(scope) !== undefined;

export const scopeSchema = z.string({ error: messages.scopeNotText }).check(
  z.refine(isStoreScope, {
    error: (issue) => `"${String(issue.input)}" is not a BigCommerce store scope. Choose scopes from the list.`,
  }),
);

export const scopesSchema = z.array(scopeSchema, { error: notText(messages.scopesRequired, messages.scopesNotList) }).check(
  z.minLength(1, messages.scopesRequired),
  z.refine((scopes: string[]) => new Set(scopes.map(resourceNameOf)).size === scopes.length, {
    error: 'Choose one level per resource: a resource cannot be both Read-only and Modify.',
  }),
);
