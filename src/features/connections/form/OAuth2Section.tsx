import { OAuthClientField } from './OAuthClientField';
import { RedirectUrlField } from './RedirectUrlField';
import { ScopesPicker } from './ScopesPicker';
import { StoreHashField } from './StoreHashField';

/** OAuth 2.0: store hash, OAuth 2.0 client, scopes, redirect URL. No secret of its own: the client holds it. */
export function OAuth2Section() {
  return (
    <div data-auth-type="oauth2">
      <StoreHashField />
      <OAuthClientField />
      <ScopesPicker />
      <RedirectUrlField />
    </div>
  );
}
