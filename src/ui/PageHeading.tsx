import { useEffect, useRef, type ReactNode } from 'react';

let focusPending = false;

/**
 * After a client-side navigation: focus the page's h1, or, when the page is still loading,
 * let the next PageHeading that mounts take focus.
 */
export function focusPageHeading(): void {
  // A page that is still loading can leave the previous page's heading in the DOM, hidden.
  const heading = Array.from(document.querySelectorAll<HTMLElement>('main h1')).find((element) => element.getClientRects().length > 0);
  if (heading) {
    focusPending = false;
    heading.focus();
  } else {
    focusPending = true;
  }
}

/** The page's h1; focusable from script, so route changes can move focus to it. */
export function PageHeading({ id, children }: { id?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusPending) {
      focusPending = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
