import { useSyncExternalStore } from 'react';

/**
 * Below this width the guide is a disclosure at the top of the panel (SetupGuideLayout.module.css
 * uses the same breakpoint, 60rem): it starts collapsed, and following focus does not scroll to
 * it, since that would scroll the page away from the field being filled in.
 */
export const narrowScreen = '(max-width: 59.99rem)';

export function isNarrowScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(narrowScreen).matches;
}

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(narrowScreen);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the screen is narrow, following a resize or a turn of the phone. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrowScreen, () => false);
}
