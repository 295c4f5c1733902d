import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ConsentPage } from './ConsentPage';

export { ConsentPage, type ConsentPageProps } from './ConsentPage';

/**
 * Renders the simulated BigCommerce consent page into `root`, instead of the app. The page is
 * opened at /__bigcommerce/consent (see docs/decisions/bigcommerce-oauth-flow.md). Returns the
 * React root, so that a test can unmount it.
 */
export function mountConsentPage(root: HTMLElement): Root {
  if (!document.documentElement.lang) document.documentElement.lang = 'en';
  const close = window.opener ? () => window.close() : undefined;
  const reactRoot = createRoot(root);
  reactRoot.render(
    <StrictMode>
      <ConsentPage search={window.location.search} navigate={(url) => window.location.assign(url)} {...(close ? { close } : {})} />
    </StrictMode>,
  );
  return reactRoot;
}
