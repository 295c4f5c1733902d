// store-{hash}.mybigcommerce.com/manage: a store's control panel, as far as the setup guide links
// to it (its start, Settings › Store-level API accounts). On the simulator's one origin a store's
// host becomes the first path segment, /store-{hash}/manage/… (controlPanelPath; the app's guide
// builds the same path from the simulator's address: src/features/connections/guides/data/links.ts).
import { http, type PathParams } from 'msw';
import { bigcommerceApiAccounts, bigcommerceStores, type BigCommerceApiAccountFixture, type BigCommerceStoreFixture } from '../../fixtures/bigcommerce';
import { findStore } from '../auth';
import { describeScope } from '../consent/consentRequest';
import { LOGIN_ORIGIN, escapeHtml, htmlPage, messagePage } from './html';

/** The simulator's path for what BigCommerce serves at https://store-{hash}.mybigcommerce.com/manage{rest}. */
export function controlPanelPath(storeHash: string, rest = ''): string {
  return `/store-${encodeURIComponent(storeHash)}/manage${rest}`;
}

export const API_ACCOUNTS_PATH = '/settings/api-accounts';

function unknownStorePage(params: PathParams): Response {
  const hash = String(params.storeHash);
  const known = bigcommerceStores.map((store) => store.hash).join(', ');
  return messagePage('No such store', `There is no store ${hash} in this BigCommerce account. Its stores are ${known}.`, [], 404);
}

function controlPanelPage(store: BigCommerceStoreFixture): Response {
  return htmlPage(
    `${store.name}: control panel`,
    `<p>Store hash: <code>${escapeHtml(store.hash)}</code>, the part after store- in this control panel's address.</p>
<p class="actions"><a class="button secondary" href="${escapeHtml(controlPanelPath(store.hash, API_ACCOUNTS_PATH))}">Settings › Store-level API accounts</a></p>`,
  );
}

function accountSection(account: BigCommerceApiAccountFixture, index: number): string {
  const scopes = account.scopes.map(describeScope).map((line) => `<li>${escapeHtml(line.resource)}${line.level ? `: ${escapeHtml(line.level)}` : ''}</li>`);
  return `<h2 id="account-${index}">${escapeHtml(account.clientName)}</h2>
<dl aria-labelledby="account-${index}">
<dt>Client ID</dt><dd><code>${escapeHtml(account.clientId)}</code></dd>
<dt>Access token</dt><dd><code>${escapeHtml(account.accessToken)}</code></dd>
<dt>API path</dt><dd><code>https://api.bigcommerce.com/stores/${escapeHtml(account.storeHash)}/v3/</code></dd>
<dt>OAuth scopes</dt><dd><ul>${scopes.join('')}</ul></dd>
</dl>`;
}

function apiAccountsPage(store: BigCommerceStoreFixture): Response {
  const accounts = bigcommerceApiAccounts.filter((account) => account.storeHash === store.hash);
  const intro = `<p>The store-level API accounts of ${escapeHtml(store.name)} (store <code>${escapeHtml(store.hash)}</code>). BigCommerce shows an access token only once, when its account is created; this simulated store lists its demo accounts' tokens so that you can try them in a connection.</p>`;
  const body = accounts.length > 0 ? accounts.map(accountSection).join('\n') : '<p>This store has no API accounts in the simulator.</p>';
  return htmlPage('Store-level API accounts', `${intro}\n${body}`);
}

export const controlPanelHandlers = [
  http.get(`${LOGIN_ORIGIN}/store-:storeHash/manage`, ({ params }) => {
    const store = findStore(String(params.storeHash));
    return store ? controlPanelPage(store) : unknownStorePage(params);
  }),
  http.get(`${LOGIN_ORIGIN}/store-:storeHash/manage${API_ACCOUNTS_PATH}`, ({ params }) => {
    const store = findStore(String(params.storeHash));
    return store ? apiAccountsPage(store) : unknownStorePage(params);
  }),
];
