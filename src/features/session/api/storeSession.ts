import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../connections/schema';
import { sessionKeys } from './keys';

const isSession = (queryKey: readonly unknown[]) => queryKey[0] === sessionKeys.current()[0];

/** Signed in (again): the header shows who, and everything fetched without a session is fetched again. */
export function storeSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData(sessionKeys.current(), session);
  void queryClient.invalidateQueries({ predicate: (query) => !isSession(query.queryKey) });
}

/** Signed out, or the session ended: nothing of the owner's data stays in memory. */
export function forgetSession(queryClient: QueryClient): void {
  void queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (query) => !isSession(query.queryKey) });
  queryClient.setQueryData(sessionKeys.current(), null);
}
