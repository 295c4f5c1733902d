// login.bigcommerce.com/app/{client ID}/install: the install screen a merchant sees, then the
// auth callback (FACTS §4). The bare URL is BigCommerce's documented external install link, so an
// install started there carries `external_install`; `?from=control-panel` stands for one started
// from the control panel (Apps › My Apps, marketplace), which does not.
import { http, type PathParams } from 'msw';
import { issueAuthorizationCode } from '../codes';
import { callbackUrl, describeScope } from '../consent/consentRequest';
import type { RegisteredApp } from './apps';
import { LOGIN_ORIGIN, escapeHtml, htmlPage, messagePage, redirect } from './html';
import { chosenStore, postedStoreHash, storeField } from './storeChoice';

export const CONTROL_PANEL_SOURCE = 'control-panel';

export function appPath(clientId: string, rest = ''): string {
  return `/app/${encodeURIComponent(clientId)}${rest}`;
}

export type AppFinder = (params: PathParams) => RegisteredApp | undefined;

export function appFinder(apps: ReadonlyMap<string, RegisteredApp>): AppFinder {
  return (params) => apps.get(String(params.clientId));
}

export function unknownAppPage(params: PathParams): Response {
  return messagePage(
    'This app is not known to BigCommerce',
    `No app in the BigCommerce Developer Portal has the client ID "${String(params.clientId)}". Check the client ID in your app's credentials (View credentials) and use its install link again.`,
    [],
    404,
  );
}

function installForm(app: RegisteredApp, query: URLSearchParams, error?: string): Response {
  const scopes = app.scopes.map(describeScope).map((line) => `<li>${escapeHtml(line.resource)}${line.level ? `: ${escapeHtml(line.level)}` : ''}</li>`);
  const fromControlPanel = query.get('from') === CONTROL_PANEL_SOURCE;
  const body = `<p><strong>${escapeHtml(app.name)}</strong> asks to be installed on your store.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(appPath(app.clientId, '/install'))}">
${storeField(query.get('store'))}
<h2 id="scopes-heading">This app will be able to</h2>
<ul aria-labelledby="scopes-heading">${scopes.join('')}</ul>
${fromControlPanel ? `<input type="hidden" name="from" value="${CONTROL_PANEL_SOURCE}">` : ''}
<p class="actions"><button type="submit" name="action" value="install" class="primary">Install</button><button type="submit" name="action" value="cancel" class="secondary">Cancel</button></p>
</form>`;
  return htmlPage(`Install ${app.name}`, body, error ? 400 : 200);
}

export function installHandlers(findApp: AppFinder) {
  const install = `${LOGIN_ORIGIN}/app/:clientId/install`;
  return [
    http.get(install, ({ request, params }) => {
      const app = findApp(params);
      return app ? installForm(app, new URL(request.url).searchParams) : unknownAppPage(params);
    }),

    http.post(install, async ({ request, params }) => {
      const app = findApp(params);
      if (!app) return unknownAppPage(params);
      const { fields, storeHash } = await postedStoreHash(request);
      const again = new URLSearchParams({ ...(storeHash ? { store: storeHash } : {}), ...(fields.get('from') ? { from: fields.get('from')! } : {}) });
      if (fields.get('action') === 'cancel') {
        return messagePage(`${app.name} was not installed`, `You cancelled the installation, so ${app.name} has no access to your store.`, [
          { href: `${appPath(app.clientId, '/install')}?${again}`, text: 'Back to the install page' },
        ]);
      }
      const store = chosenStore(storeHash);
      if (!store) return installForm(app, again, `There is no store "${storeHash ?? ''}" in this account. Choose one of your stores.`);
      const issued = await issueAuthorizationCode({ clientId: app.clientId, storeHash: store.hash, scopes: app.scopes, redirectUri: app.authCallbackUrl });
      const external = fields.get('from') !== CONTROL_PANEL_SOURCE;
      return redirect(
        callbackUrl(app.authCallbackUrl, {
          code: issued.code,
          scope: issued.scope,
          context: issued.context,
          account_uuid: issued.accountUuid,
          external_install: external ? '1' : undefined,
        }),
      );
    }),

    http.get(`${install}/succeeded`, ({ params }) => {
      const app = findApp(params);
      if (!app) return unknownAppPage(params);
      return messagePage(`${app.name} is installed`, `${app.name} was installed on your store. You can close this window.`);
    }),

    http.get(`${install}/failed`, ({ params }) => {
      const app = findApp(params);
      if (!app) return unknownAppPage(params);
      return messagePage(
        `${app.name} could not be installed`,
        `${app.name} reported a problem while it was being installed. Close this window and try again, or contact the app's developer.`,
      );
    }),
  ];
}
