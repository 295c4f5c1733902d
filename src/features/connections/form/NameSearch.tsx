import { useInfiniteQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useReducer } from 'react';
import { useFormContext } from 'react-hook-form';
import { listConnectionsQuery, loadedConnections } from '../api';
import type { ConnectionFormValues } from '../schema';
import { connectionListLimits, inputLimits } from '../schema/plain';
import { useDeferredFormSnapshot } from './useFormSnapshot';

// Is the typed name taken? The list may hold thousands, so the form does not load them all: it
// searches for the name (`?q=`), and the check compares exact names among what that search found.
// It is an early hint at the field; the backend's 409 on save stays the authority (a name among
// more than a page of longer matches, or one saved meanwhile, is caught there, on the same field).

const nameSearch = (name: string) => listConnectionsQuery({ q: name.trim(), limit: connectionListLimits.max });

/** The names found by the search for `name`, if it has been answered (the resolver reads them synchronously). */
export function searchedNames(queryClient: QueryClient, name: string, editingId: string | undefined): string[] {
  if (!name.trim()) return [];
  const found = loadedConnections(queryClient.getQueryData(nameSearch(name).queryKey));
  return found.filter((connection) => connection.id !== editingId).map((connection) => connection.name);
}

const nameFields = ['name'] as const;
/** The name to search for: none when empty, or too long to be a name (then the search would be refused too). */
const searchableName = (values: Partial<ConnectionFormValues>) => {
  const name = values.name?.trim() ?? '';
  return name && name.length <= inputLimits.nameMaxLength ? name : undefined;
};

/**
 * Searches for the name once typing pauses, and checks the field again when the answer arrives
 * (a name left before it, or before the backend started on a first visit, is still reported at
 * the field and not only on save).
 */
export function NameSearch() {
  // Subscribing to the form marks it mounted; before useForm's own first effect has run, that
  // leaves a pristine form dirty ("Leave without saving?" on Cancel). So: from the next render.
  const [started, start] = useReducer(() => true, false);
  useEffect(start, [start]);
  return started ? <NameSearchRunning /> : null;
}

function NameSearchRunning() {
  const form = useFormContext<ConnectionFormValues>();
  const name = useDeferredFormSnapshot(searchableName, nameFields);
  const search = useInfiniteQuery({ ...nameSearch(name ?? ''), enabled: name !== undefined });
  const answered = search.data;
  useEffect(() => {
    if (answered && form.getFieldState('name').isTouched) void form.trigger('name');
  }, [form, answered]);
  return null;
}
