import { useDeferredValue, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { CopyButton } from '../../../ui/CopyButton';
import { guideWarnings, SetupGuide, type GuideProgress, type RenderCopy } from '../guides';
import { usableStoreHash } from '../guides/links';
import type { ConnectionFormValues } from '../schema';
import { useFocusedField, type FocusedFieldStore } from './focusedField';
import { redirectUrl } from './RedirectUrlField';

// Only what the guide shows: typing in Name re-renders neither the guide nor the form.
const watched = ['authType', 'scopes'] as const;
const noScopes: readonly string[] = [];
const noWarnings: readonly string[] = [];

// The guide shows the store hash only as links, and only a usable one (see StepExtras' GuideLink).
const guideStoreHash = (storeHash: string | undefined) => usableStoreHash(storeHash);

/**
 * The secrets (and the client ID, username) feed the mix-up warnings only: the guide subscribes to
 * the warnings, so a keystroke in those fields re-renders nothing unless a warning comes or goes.
 */
function warningsOf(values: ConnectionFormValues): readonly string[] {
  const fields = values as Partial<Record<'clientId' | 'username' | 'accessToken' | 'password', string>>;
  const basic = values.authType === 'basic';
  const warnings = guideWarnings({
    authType: values.authType,
    redirectUrl: redirectUrl(),
    clientId: basic ? fields.username : fields.clientId,
    accessToken: basic ? fields.password : fields.accessToken,
  });
  return warnings.length > 0 ? warnings : noWarnings;
}

// Named apart from the form's own "Copy redirect URL", so each button has one name on the page.
const renderCopy: RenderCopy = (value, label) => <CopyButton text={value} label={`Copy the ${label}`} />;

/**
 * Subscribes to the few values the guide needs and to the focused field, so that a keystroke in
 * one of them re-renders this guide, not the form. The values the guide shows are deferred: the
 * keystroke paints first, the guide follows. Secrets reach it only as the warnings they cause.
 */
export function ConnectionGuide({ focusedField, progress }: { focusedField: FocusedFieldStore; progress: GuideProgress }) {
  const [authType, scopes] = useWatch<ConnectionFormValues, typeof watched>({ name: watched });
  const storeHash = useWatch<ConnectionFormValues, 'storeHash', ConnectionFormValues, string | undefined>({ name: 'storeHash', compute: guideStoreHash });
  // Named fields, not the whole form: the guide may mount (its own chunk) after they were typed in.
  const [mixAuthType, clientId, username, accessToken, password] = useWatch<ConnectionFormValues>({
    name: ['authType', 'clientId', 'username', 'accessToken', 'password'] as never,
  }) as unknown as Array<string | undefined>;
  const warningsKey = warningsOf({ authType: mixAuthType, clientId, username, accessToken, password } as unknown as ConnectionFormValues).join('\n');
  const warnings = useMemo(() => (warningsKey ? warningsKey.split('\n') : noWarnings), [warningsKey]);
  const activeField = useFocusedField(focusedField);
  const deferredScopes = useDeferredValue(scopes ?? noScopes);
  const deferredStoreHash = useDeferredValue(storeHash);
  const deferredWarnings = useDeferredValue(warnings);
  // The same element while nothing it shows has changed: React then skips the whole guide.
  return useMemo(
    () => (
      <SetupGuide
        authType={authType}
        activeField={activeField}
        redirectUrl={redirectUrl()}
        scopes={deferredScopes}
        storeHash={deferredStoreHash}
        warnings={deferredWarnings}
        progress={progress}
        renderCopy={renderCopy}
      />
    ),
    [authType, activeField, deferredScopes, deferredStoreHash, deferredWarnings, progress],
  );
}
