import { useSyncExternalStore } from 'react';
import { releasePrerenderedForm } from './prerenderedLeaveGuard';

/**
 * The page's first render hydrates HTML the build rendered (src/prerender.tsx). React hydrates
 * the shell first and each Suspense boundary (the route's) later, so "the app's first render" has
 * no single end: a form of the prerendered page reads what the person typed into it while its
 * own first render hydrates, and claims it (`claimPrerendered`) once that render is committed.
 * After that, and in a page rendered on the client, there is nothing to read.
 */
let hydrating = false;
const claimed = new Set<string>();

export function startHydration(): void {
  hydrating = true;
}

/** The form's own markup is React's now: later renders (or another form with its id) read nothing. */
export function claimPrerendered(formId: string): void {
  claimed.add(formId);
  releasePrerenderedForm(formId);
}

/** The non-empty text values of a form's named controls (checked radios and boxes only), as FormData sees them. */
export function readControlValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value !== '' && !(name in values)) values[name] = value;
  }
  return values;
}

/**
 * While hydrating: what was typed and chosen in the prerendered form with this id before the
 * app ran. Otherwise (a client render, a later form) nothing: the DOM then holds no such input.
 */
export function prerenderedValues(formId: string): Record<string, string> {
  if (!hydrating || claimed.has(formId)) return {};
  const form = document.getElementById(formId);
  return form instanceof HTMLFormElement ? readControlValues(form) : {};
}

const subscribeToNothing = () => () => undefined;

/**
 * False in the build's prerender and in the hydrating render (React uses the server snapshot
 * there, so the markup matches), true from the render after it, and in any client-only render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
