import { createContext, use } from 'react';

/** The id of the saved connection the form edits; undefined when creating one. */
export const EditingConnectionContext = createContext<string | undefined>(undefined);

export function useEditingConnectionId(): string | undefined {
  return use(EditingConnectionContext);
}
