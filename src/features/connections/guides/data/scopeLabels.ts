import { scopeResources } from '../../schema/plain';

const labelOfScope = new Map(
  scopeResources.flatMap((resource) =>
    resource.levels.map((level) => [level.scope, { resource: resource.name, level: level.permission }] as const),
  ),
);

export interface ScopeLabel {
  resource: string;
  level: string;
}

/** A scope as BigCommerce's screens name it: the resource and its level, e.g. Products, read-only. */
export function scopeLabel(scope: string): ScopeLabel {
  return labelOfScope.get(scope) ?? { resource: scope, level: '' };
}
