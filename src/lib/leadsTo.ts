/**
 * Marks a control (or a form) as leading to a page, whose code the app fetches as soon as a pointer
 * or the focus reaches it (src/app/routes.tsx). Typed, so that a misspelt page fails to compile
 * instead of silently fetching nothing.
 */
export type LeadsToPage = 'list' | 'panel' | 'details';

const attribute = 'data-leads-to';

export function leadsTo(page: LeadsToPage): { 'data-leads-to': LeadsToPage } {
  return { 'data-leads-to': page };
}

/** The page the event's target (or an element around it) leads to, if any. */
export function pageLedTo(target: EventTarget | null): LeadsToPage | undefined {
  const page = target instanceof Element ? target.closest(`[${attribute}]`)?.getAttribute(attribute) : null;
  return page === 'list' || page === 'panel' || page === 'details' ? page : undefined;
}
