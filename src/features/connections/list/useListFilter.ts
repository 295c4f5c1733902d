import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { listFilterPath, parseListFilter, type ListFilter } from './listFilter';

/**
 * The list's filter, kept in the address. A change replaces the entry instead of adding one: Back
 * leaves the list as it was last seen, not one keystroke earlier.
 */
export function useListFilter(): [ListFilter, (next: ListFilter) => void] {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filter = useMemo(() => parseListFilter(search), [search]);
  const setFilter = useCallback((next: ListFilter) => navigate(listFilterPath(next), { replace: true }), [navigate]);
  return [filter, setFilter];
}
