import type { ConnectionState } from '../schema';
import { connectionListLimits, connectionStateNames } from '../schema/plain';
import { healthLabel, healthOf, type Health } from '../status/statusModel';

// The list's search and status filter as the address keeps them (`/?q=plum&status=attention`), so
// a reload and Back show the same list. The status is in the words of the status model (healthOf).

const healths = Object.keys(healthLabel) as Health[];

/** The states each word stands for, as the status model says (healthOf). */
const statesOfHealth = (health: Health): ConnectionState[] => connectionStateNames.filter((state) => healthOf({ state }) === health);
const isHealth = (value: string): value is Health => (healths as string[]).includes(value);

export interface ListFilter {
  q: string;
  /** Empty: every status. */
  health: readonly Health[];
}

/** The filter in `search` (without or with its `?`); unknown statuses are ignored, a search cut to what the API takes. */
export function parseListFilter(search: string): ListFilter {
  const params = new URLSearchParams(search);
  const health = (params.get('status') ?? '').split(',').filter(isHealth);
  return { q: (params.get('q') ?? '').slice(0, connectionListLimits.queryMaxLength), health: healths.filter((item) => health.includes(item)) };
}

/** The address of the list with `filter`: `/` when there is none. */
export function listFilterPath({ q, health }: ListFilter): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (health.length > 0) params.set('status', health.join(','));
  const search = params.toString().replaceAll('%2C', ',');
  return search ? `/?${search}` : '/';
}

/** The states the API is asked for (`?status=`), in the status model's order. */
export const statesOf = (health: readonly Health[]): ConnectionState[] => health.flatMap(statesOfHealth);

/** "Needs attention or Uninstalled": how a filter reads in the status select and in the empty result. */
export const healthText = (health: readonly Health[]): string => health.map((item) => healthLabel[item]).join(' or ');

export const isFiltered = ({ q, health }: ListFilter): boolean => q.trim() !== '' || health.length > 0;

/** What the empty result says matched nothing. */
export function noMatchText({ q, health }: ListFilter): string {
  const search = q.trim();
  if (search && health.length > 0) return `No connection with the status ${healthText(health)} matches “${search}”.`;
  if (search) return `No connection matches “${search}”.`;
  return `No connection has the status ${healthText(health)}.`;
}

export const showingText = (count: number): string => (count === 1 ? 'Showing 1 connection' : `Showing ${count} connections`);
