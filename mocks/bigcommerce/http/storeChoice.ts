// The merchant is signed in to the control panel of the demo account, which holds every demo
// store; pages that act on "a store" let them pick one, as the control panel would.
import { bigcommerceStores, type BigCommerceStoreFixture } from '../../fixtures/bigcommerce';
import { findStore } from '../auth';
import { escapeHtml } from './html';

/** The store a page acts on: the one named, else the account's first (Plumtree Outfitters). */
export function chosenStore(hash: string | null | undefined): BigCommerceStoreFixture | undefined {
  return hash ? findStore(hash) : bigcommerceStores[0];
}

/** A labelled select of the account's stores, with `requested` preselected when it is one of them. */
export function storeField(requested: string | null | undefined): string {
  const known = requested ? findStore(requested) : undefined;
  const selected = known?.hash ?? bigcommerceStores[0]!.hash;
  const options = bigcommerceStores
    .map((store) => `<option value="${escapeHtml(store.hash)}"${store.hash === selected ? ' selected' : ''}>${escapeHtml(store.name)} (${escapeHtml(store.hash)})</option>`)
    .join('');
  const help =
    requested && !known
      ? `The link named store ${requested}, which is not in this BigCommerce account. Choose one of your stores.`
      : 'The stores of the BigCommerce account you are signed in to.';
  return `<label for="store">Store</label>
<select id="store" name="store" aria-describedby="store-help">${options}</select>
<p id="store-help" class="help">${escapeHtml(help)}</p>`;
}

/** The `store` of a form post, or of the query string when the body has none. */
export async function postedStoreHash(request: Request): Promise<{ readonly fields: URLSearchParams; readonly storeHash: string | null }> {
  const fields = new URLSearchParams(await request.text());
  return { fields, storeHash: fields.get('store') ?? new URL(request.url).searchParams.get('store') };
}
