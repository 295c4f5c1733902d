import { Suspense, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { AuthType, Connection, ConnectionFormValues } from '../schema';
import { LazyOAuthAuthorization, LazyTypedCredentialsTest } from '../form/lazyParts';

// The test and the authorization are their own chunks (lazyParts.ts), preloaded on the way to choosing an auth type.
const later = (children: ReactNode) => <Suspense fallback={null}>{children}</Suspense>;

/**
 * Under the chosen auth type's fields: "Test connection" for Basic and Token (the values as
 * typed); for OAuth 2.0 the authorization, and a test of the saved connection once authorized.
 */
export function ConnectionChecks({ saved }: { saved?: Connection }) {
  const authType = useWatch<ConnectionFormValues, 'authType'>({ name: 'authType' }) as AuthType | undefined;
  switch (authType) {
    case 'basic':
    case 'token':
      return later(<LazyTypedCredentialsTest key={authType} authType={authType} editingId={saved?.id} />);
    case 'oauth2':
      return later(<LazyOAuthAuthorization key="oauth2" saved={saved?.authType === 'oauth2' ? saved : undefined} />);
    default:
      return null;
  }
}
