import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useWatch } from 'react-hook-form';
import type { AuthType, Connection, ConnectionFormValues } from '../schema';
import { authTypeOptions } from '../schema/plain';
import { ConnectionChecks } from '../test/ConnectionChecks';
import { BasicSection } from './BasicSection';
import { EditingConnectionContext } from './editingContext';
import { preloadSectionParts, sectionPartsSettled, subscribeToSectionParts } from './lazyParts';
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
  const settled = useSyncExternalStore(subscribeToSectionParts, () => sectionPartsSettled(authType), () => sectionPartsSettled(authType));
  useEffect(() => {
    if (!settled) preloadSectionParts();
  }, [settled]);

  const loading = <SectionLoading authType={authType} />;
  if (!settled) return loading;
  // A part whose fetch failed tries again through React.lazy, and suspends here meanwhile.
  return (
    <Suspense fallback={loading}>
      <EditingConnectionContext value={saved?.id}>
        <AuthBranch authType={authType} saved={saved} />
      </EditingConnectionContext>
      <ConnectionChecks saved={saved} />
    </Suspense>
  );
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

function SectionLoading({ authType }: { authType: AuthType | undefined }) {
  const label = authTypeOptions.find((option) => option.value === authType)?.label;
  return (
    <p role="status" className={styles.hint}>
      {label ? `Loading the ${label} fields…` : 'Loading…'}
    </p>
  );
}
