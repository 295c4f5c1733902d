// What a merchant's clicks in the control panel make BigCommerce send an installed app
// (docs callbacks.mdx): opening the app is a browser redirect to its load callback; uninstalling
// is a GET from BigCommerce's servers to its uninstall callback, so the simulator makes that GET
// itself, then shows the outcome. Both carry a signed_payload_jwt.
import { http } from 'msw';
import { revokeAppTokens } from '../auth';
import { callbackUrl } from '../consent/consentRequest';
import type { RegisteredApp } from './apps';
import { LOGIN_ORIGIN, escapeHtml, htmlPage, messagePage, redirect } from './html';
import { appPath, unknownAppPage, type AppFinder } from './installPages';
import { signedPayloadJwt } from './signedPayload';
import { chosenStore, postedStoreHash, storeField } from './storeChoice';

/** How long the simulator waits for the app's uninstall callback. */
export const UNINSTALL_CALLBACK_TIMEOUT_MS = 5_000;

function noSuchStore(hash: string | null): Response {
  return messagePage('There is no such store in this account', `No store of this BigCommerce account has the hash "${hash ?? ''}".`, [], 404);
}

function uninstallForm(app: RegisteredApp, requested: string | null): Response {
  return htmlPage(
    `Uninstall ${app.name}`,
    `<form method="post" action="${escapeHtml(appPath(app.clientId, '/uninstall'))}">
${storeField(requested)}
<p>${escapeHtml(app.name)} loses its access to the store, and BigCommerce tells the app.</p>
<p class="actions"><button type="submit" class="primary">Uninstall</button></p>
</form>`,
  );
}

/** Calls the app's uninstall callback as BigCommerce does; says what happened, in words. */
async function notifyUninstall(app: RegisteredApp, storeHash: string): Promise<string> {
  if (!app.uninstallCallbackUrl) return `${app.name} has no uninstall callback URL, so it was not told.`;
  const url = callbackUrl(app.uninstallCallbackUrl, { signed_payload_jwt: await signedPayloadJwt({ app, storeHash }) });
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(UNINSTALL_CALLBACK_TIMEOUT_MS) });
    await response.body?.cancel();
    return `BigCommerce called the app's uninstall callback, which answered HTTP ${response.status}.`;
  } catch (cause) {
    return `BigCommerce could not reach the app's uninstall callback (${cause instanceof Error ? cause.message : String(cause)}).`;
  }
}

export function callbackHandlers(findApp: AppFinder) {
  const app = `${LOGIN_ORIGIN}/app/:clientId`;
  return [
    http.get(`${app}/load`, async ({ request, params }) => {
      const found = findApp(params);
      if (!found) return unknownAppPage(params);
      const requested = new URL(request.url).searchParams.get('store');
      const store = chosenStore(requested);
      if (!store) return noSuchStore(requested);
      return redirect(callbackUrl(found.loadCallbackUrl, { signed_payload_jwt: await signedPayloadJwt({ app: found, storeHash: store.hash }) }));
    }),

    http.get(`${app}/uninstall`, ({ request, params }) => {
      const found = findApp(params);
      return found ? uninstallForm(found, new URL(request.url).searchParams.get('store')) : unknownAppPage(params);
    }),

    http.post(`${app}/uninstall`, async ({ request, params }) => {
      const found = findApp(params);
      if (!found) return unknownAppPage(params);
      const { storeHash } = await postedStoreHash(request);
      const store = chosenStore(storeHash);
      if (!store) return noSuchStore(storeHash);
      await revokeAppTokens(found.clientId, store.hash);
      const told = await notifyUninstall(found, store.hash);
      return messagePage(`${found.name} was uninstalled`, `${found.name} no longer has access to ${store.name}. ${told}`, [
        { href: `${appPath(found.clientId, '/install')}?store=${encodeURIComponent(store.hash)}`, text: 'Install it again' },
      ]);
    }),
  ];
}
