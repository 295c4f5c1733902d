import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useWatch } from 'react-hook-form';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { AuthType, Connection, ConnectionFormValues } from '../schema';
import { authTypeOptions } from '../schema/plain';
import { ConnectionChecks } from '../test/ConnectionChecks';
import { BasicSection } from './BasicSection';
import { EditingConnectionContext } from './editingContext';
import { retrySectionParts, sectionPartsStatus, subscribeToSectionParts } from './lazyParts';
import { OAuth2Section } from './OAuth2Section';
import { TokenSection } from './TokenSection';
import styles from './ConnectionForm.module.css';

/**
 * The chosen auth type's fields and, under them, its test or authorization. Some of their parts are
 * chunks of their own (lazyParts.ts): the section shows once they have all arrived, whole, so that
 * nothing in it (or Save under it) moves a moment later, under a pointer on its way there.
 */
export function AuthSection({ saved }: { saved?: Connection }) {
  const authType = useWatch<ConnectionFormValues, 'authType'>({ name: 'authType' }) as AuthType | undefined;
  const status = useSyncExternalStore(subscribeToSectionParts, () => sectionPartsStatus(authType), () => sectionPartsStatus(authType));
  // A choice fetches what is missing, and tries once more what failed before (before the paint: no
  // failure shows that this very attempt may mend).
  useLayoutEffect(() => {
    if (sectionPartsStatus(authType) !== 'ready') retrySectionParts();
  }, [authType]);

  const label = authTypeOptions.find((option) => option.value === authType)?.label;
  if (status === 'failed') {
    // Only this section fails: everything typed above it stays.
    return (
      <ErrorAlert onRetry={retry}>
        The {label} fields could not be loaded. Check your internet connection, then retry.
      </ErrorAlert>
    );
  }
  if (status === 'loading') {
    return (
      <p role="status" className={styles.hint}>
        Loading the {label} fields…
      </p>
    );
  }
  return (
    <>
      <EditingConnectionContext value={saved?.id}>
        <AuthBranch authType={authType} saved={saved} />
      </EditingConnectionContext>
      {/* The auth type as read here: one subscription to it for the whole section. */}
      <ConnectionChecks authType={authType} saved={saved} />
    </>
  );
}

/** Retries the parts. The Retry button goes with the failure: the focus goes back to the chosen type first. */
function retry() {
  document.querySelector<HTMLInputElement>('input[name="authType"]:checked')?.focus();
  retrySectionParts();
}

/** Each auth type's section is its own component with its own key. */
function AuthBranch({ authType, saved }: { authType: AuthType | undefined; saved?: Connection }) {
  switch (authType) {
    case 'oauth2':
      return <OAuth2Section key="oauth2" />;
    case 'basic':
      return <BasicSection key="basic" secretStored={saved?.authType === 'basic'} />;
    case 'token':
      return <TokenSection key="token" secretStored={saved?.authType === 'token'} />;
    default:
      return <p className={styles.hint}>Choose an auth type to see the fields it needs.</p>;
  }
}
