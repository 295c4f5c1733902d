/**
 * Below this width the form and its guide stack (SetupGuideLayout.module.css uses the same
 * breakpoint, 60rem): the guide starts collapsed, and following focus does not scroll to it,
 * since that would scroll the page away from the field being filled in.
 */
export const narrowScreen = '(max-width: 59.99rem)';

export function isNarrowScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(narrowScreen).matches;
}
