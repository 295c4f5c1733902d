import type { AuthType, Connection } from '../schema';
import { LazyOAuthAuthorization, LazyTypedCredentialsTest } from '../form/lazyParts';

/**
 * Under the chosen auth type's fields: "Test connection" for Basic and Token (the values as
 * typed); for OAuth 2.0 the authorization, and a test of the saved connection once authorized.
 * Both are chunks of their own (lazyParts.ts): form/AuthSection.tsx shows them with the section.
 */
export function ConnectionChecks({ authType, saved }: { authType: AuthType | undefined; saved?: Connection }) {
  switch (authType) {
    case 'basic':
    case 'token':
      return <LazyTypedCredentialsTest key={authType} authType={authType} editingId={saved?.id} />;
    case 'oauth2':
      return <LazyOAuthAuthorization key="oauth2" saved={saved?.authType === 'oauth2' ? saved : undefined} />;
    default:
      return null;
  }
}
