import { z } from 'zod';
import { scopeResources } from './scopeCatalog';
import { messages } from './messages';

export const allScopes = scopeResources.flatMap((resource) => resource.levels.map((level) => level.scope));

const resourceOfScope = new Map(
  scopeResources.flatMap((resource) => resource.levels.map((level) => [level.scope, resource.name] as const)),
);

export const scopeSchema = z.string().refine((scope) => resourceOfScope.has(scope), {
  error: (issue) => `"${String(issue.input)}" is not a BigCommerce store scope. Choose scopes from the list.`,
});

export const scopesSchema = z
  .array(scopeSchema)
  .min(1, messages.scopesRequired)
  .refine((scopes) => new Set(scopes.map((scope) => resourceOfScope.get(scope))).size === scopes.length, {
    error: 'Choose one level per resource: a resource cannot be both Read-only and Modify.',
  });

export function resourceNameOf(scope: string): string | undefined {
  return resourceOfScope.get(scope);
}
