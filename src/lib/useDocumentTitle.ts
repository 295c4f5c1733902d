import { useEffect } from 'react';

export const appTitle = 'BigCommerce connections';

/** Sets the document title to "PAGE – app" while the calling page is shown. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = page ? `${page} – ${appTitle}` : appTitle;
  }, [page]);
}
