import { lazy } from 'react';
import { preloadContract } from '../schema/load';

/*
 * What the form's first paint does not need, each in its own chunk: the setup guide (and the guides
 * module), the credentials-file import, the OAuth 2.0 client dialog, the connection test, the
 * OAuth 2.0 authorization, and the zod schemas (schema/load.ts). Once the form has painted it
 * fetches what shows or checks with no choice made (preloadFormParts: the guide, the schemas). The
 * rest belongs to an auth type's section: fetched on the way to choosing one (preloadSectionParts:
 * the first focus in the form, or a pointer over "Auth type"), or when a section renders it. A
 * part that is still on its way renders nothing (its Suspense fallback) until it arrives.
 */
const loadGuide = () => import('../guides/ConnectionGuide');
const loadImport = () => import('../guides/CredentialsFileImport');
const loadDialog = () => import('./OAuthClientDialog');
const loadTest = () => import('../test/ConnectionTest');
const loadAuthorization = () => import('../authorize/OAuthAuthorization');

export const LazyConnectionGuide = lazy(() => loadGuide().then((module) => ({ default: module.ConnectionGuide })));
export const LazyApiAccountImport = lazy(() => loadImport().then((module) => ({ default: module.ApiAccountImport })));
export const LazyOAuthClientImport = lazy(() => loadImport().then((module) => ({ default: module.OAuthClientImport })));
export const LazyOAuthClientDialog = lazy(() => loadDialog().then((module) => ({ default: module.OAuthClientDialog })));
export const LazyTypedCredentialsTest = lazy(() => loadTest().then((module) => ({ default: module.TypedCredentialsTest })));
export const LazyOAuthAuthorization = lazy(() => loadAuthorization().then((module) => ({ default: module.OAuthAuthorization })));

let formPartsPreloaded = false;
let sectionPartsPreloaded = false;

/** Starts downloading the guide and the schemas, once per page; a failure is left for the part's own render to report. */
export function preloadFormParts(): void {
  if (formPartsPreloaded) return;
  formPartsPreloaded = true;
  void loadGuide().catch(() => undefined);
  // The zod schemas: the first check on leaving a field needs them.
  preloadContract();
}

/** Starts downloading the parts of the auth types' sections, once per page. */
export function preloadSectionParts(): void {
  if (sectionPartsPreloaded) return;
  sectionPartsPreloaded = true;
  for (const load of [loadImport, loadDialog, loadTest, loadAuthorization]) void load().catch(() => undefined);
}
