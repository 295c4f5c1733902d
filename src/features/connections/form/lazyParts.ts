import { lazy } from 'react';
import { lazyModule, type LazyModule } from '../../../lib/lazyModule';
import type { AuthType } from '../schema';
import { preloadContract } from '../schema/load';

/*
 * What the form's first paint does not need, each in its own chunk: the setup guide (and the guides
 * module), the credentials-file import, the OAuth 2.0 client dialog, the connection test, the
 * OAuth 2.0 authorization, and the zod schemas (schema/load.ts). Once the form has painted it
 * fetches what shows or checks with no choice made (preloadFormParts: the guide, the schemas). The
 * rest belongs to an auth type's section: fetched on the way to choosing one (preloadSectionParts:
 * the first focus in the form, a pointer over "Auth type", an edit page loading its connection),
 * or when a section is chosen. A section shows once the parts it shows have arrived
 * (AuthSection.tsx), so it comes whole; the client dialog, which takes no room until it opens,
 * renders nothing until its part is here.
 */
const loadGuide = () => import('../guides/ConnectionGuide');
const importModule = lazyModule(() => import('../guides/import/CredentialsFileImport'));
const dialogModule = lazyModule(() => import('./OAuthClientDialog'));
const testModule = lazyModule(() => import('../test/ConnectionTest'));
const authorizationModule = lazyModule(() => import('../authorize/OAuthAuthorization'));

export const LazyConnectionGuide = lazy(() => loadGuide().then((module) => ({ default: module.ConnectionGuide })));
export const LazyApiAccountImport = importModule.component((module) => module.ApiAccountImport);
export const LazyOAuthClientImport = importModule.component((module) => module.OAuthClientImport);
export const LazyOAuthClientDialog = dialogModule.component((module) => module.OAuthClientDialog);
export const LazyTypedCredentialsTest = testModule.component((module) => module.TypedCredentialsTest);
export const LazyOAuthAuthorization = authorizationModule.component((module) => module.OAuthAuthorization);

/** The parts each auth type's section shows at once (the client dialog waits to be opened). */
const sectionModules: Record<AuthType, Pick<LazyModule<unknown>, 'state'>[]> = {
  basic: [importModule, testModule],
  token: [importModule, testModule],
  oauth2: [authorizationModule],
};
const allSectionModules = [importModule, dialogModule, testModule, authorizationModule];

/** Whether the section of `authType` can show whole ('ready': every part it shows is here), or a part failed to arrive. */
export function sectionPartsStatus(authType: AuthType | undefined): 'ready' | 'loading' | 'failed' {
  const states = authType === undefined ? [] : sectionModules[authType].map((module) => module.state());
  if (states.includes('failed')) return 'failed';
  return states.every((state) => state === 'arrived') ? 'ready' : 'loading';
}

/** Calls `listener` whenever a section's part starts on its way, arrives or fails; returns the unsubscribe. */
export function subscribeToSectionParts(listener: () => void): () => void {
  const unsubscribes = allSectionModules.map((module) => module.subscribe(listener));
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}

let formPartsPreloaded = false;

/** Starts downloading the guide and the schemas, once per page; a failure is left for the part's own render to report. */
export function preloadFormParts(): void {
  if (formPartsPreloaded) return;
  formPartsPreloaded = true;
  void loadGuide().catch(() => undefined);
  // The zod schemas: the first check on leaving a field needs them.
  preloadContract();
}

/** Resolves once every part of the auth types' sections has arrived; fetches each once, and again those that failed. */
export async function loadSectionParts(): Promise<void> {
  await Promise.all(allSectionModules.map((module) => module.load()));
}

/**
 * Starts downloading the parts of the auth types' sections not asked for yet. One that failed is
 * left for the section to fetch again (a choice, or its Retry): not on any focus in the form,
 * which would take the Retry button away as it receives the focus.
 */
export function preloadSectionParts(): void {
  for (const module of allSectionModules) if (module.state() === 'idle') module.load().catch(() => undefined);
}

/** Fetches again the parts of the auth types' sections that failed, and any not asked for yet; the section reports a failure. */
export function retrySectionParts(): void {
  loadSectionParts().catch(() => undefined);
}
