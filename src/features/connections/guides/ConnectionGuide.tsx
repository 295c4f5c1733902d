import { useMemo } from 'react';
import { CopyButton } from '../../../ui/CopyButton';
// Through the index, not ./SetupGuide: ConnectionGuide.test.tsx counts SetupGuide's renders by mocking the index.
import { guideWarnings, SetupGuide, type GuideProgress, type RenderCopy, type SetupGuideProps } from './index';
import { usableStoreHash } from './data/links';
import type { AuthType, ConnectionFormValues } from '../schema';
import { useFocusedField, type FocusedFieldStore } from './focusedField';
import { redirectUrl } from '../form/RedirectUrlField';
import { useDeferredFormSnapshot } from '../form/useFormSnapshot';

// Only what the guide shows, each as a string: typing in Name re-renders neither the guide nor the form.
const authTypeOf = (values: Partial<ConnectionFormValues>) => values.authType;
const scopesOf = (values: Partial<ConnectionFormValues>) => ((values as { scopes?: string[] }).scopes ?? []).join(' ');
const storeHashOf = (values: Partial<ConnectionFormValues>) => usableStoreHash(values.storeHash);
const warningsKeyOf = (values: Partial<ConnectionFormValues>) => warningsOf(values).join('\n');
// The fields each selection reads: a keystroke elsewhere (Name) calls none of them.
const authTypeFields = ['authType'] as const;
const scopesFields = ['scopes'] as const;
const storeHashFields = ['storeHash'] as const;
const warningsFields = ['authType', 'clientId', 'username', 'accessToken', 'password'] as const;
const noScopes: readonly string[] = [];
const noWarnings: readonly string[] = [];

/**
 * The secrets (and the client ID, username) feed the mix-up warnings only: the guide subscribes to
 * the warnings, so a keystroke in those fields re-renders nothing unless a warning comes or goes.
 */
function warningsOf(values: Partial<ConnectionFormValues>): readonly string[] {
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
 * one of them re-renders this guide, not the form. The values the guide shows arrive once typing
 * pauses (useDeferredFormSnapshot). Secrets reach it only as the warnings they cause.
 */
export function ConnectionGuide({ focusedField, progress, landmark }: { focusedField: FocusedFieldStore; progress: GuideProgress; landmark?: SetupGuideProps['landmark'] }) {
  // Once typing pauses, in one transition: a keystroke's own frame renders nothing of the guide.
  const authType = useDeferredFormSnapshot(authTypeOf, authTypeFields) as AuthType | undefined;
  const scopesKey = useDeferredFormSnapshot(scopesOf, scopesFields) ?? '';
  // The guide shows the store hash only as links, and only a usable one (see StepExtras' GuideLink).
  const storeHash = useDeferredFormSnapshot(storeHashOf, storeHashFields);
  const warningsKey = useDeferredFormSnapshot(warningsKeyOf, warningsFields) ?? '';
  const scopes = useMemo(() => (scopesKey ? scopesKey.split(' ') : noScopes), [scopesKey]);
  const warnings = useMemo(() => (warningsKey ? warningsKey.split('\n') : noWarnings), [warningsKey]);
  const activeField = useFocusedField(focusedField);
  // The same element while nothing it shows has changed: React then skips the whole guide.
  return useMemo(
    () => (
      <SetupGuide
        authType={authType}
        activeField={activeField}
        redirectUrl={redirectUrl()}
        scopes={scopes}
        storeHash={storeHash}
        warnings={warnings}
        progress={progress}
        renderCopy={renderCopy}
        landmark={landmark}
      />
    ),
    [authType, activeField, scopes, storeHash, warnings, progress, landmark],
  );
}
