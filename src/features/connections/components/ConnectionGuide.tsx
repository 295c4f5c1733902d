import { use } from 'react';
import { createPortal } from 'react-dom';
import { useWatch } from 'react-hook-form';
import { CopyButton } from '../../../ui/CopyButton';
import { SetupGuide, type GuideProgress, type RenderCopy } from '../guides';
import type { ConnectionFormValues } from '../schema';
import { useFocusedField, type FocusedFieldStore } from './focusedField';
import { GuideSlotContext } from './guideSlot';
import { redirectUrl } from './RedirectUrlField';

/**
 * The form's setup guide, portalled into the panel's guide column (see guideSlot.ts). Renders
 * nothing where there is no column (the form on its own, as in unit tests).
 */
export function ConnectionGuideSlot({ focusedField }: { focusedField: FocusedFieldStore }) {
  const slot = use(GuideSlotContext);
  if (!slot?.container) return null;
  return createPortal(<ConnectionGuide focusedField={focusedField} progress={slot.progress} />, slot.container);
}

// Only what the guide shows or checks: typing in Name re-renders neither the guide nor the form.
const watched = ['authType', 'scopes', 'storeHash', 'clientId', 'username', 'accessToken', 'password'] as const;
const noScopes: readonly string[] = [];

// Named apart from the form's own "Copy redirect URL", so each button has one name on the page.
const renderCopy: RenderCopy = (value, label) => <CopyButton text={value} label={`Copy the ${label}`} />;

/**
 * Subscribes to the few values the guide needs and to the focused field, so that a keystroke in
 * one of them re-renders this guide, not the form. The access token (Basic: the password) is passed
 * only for the mix-up warnings; the guide never renders it.
 */
function ConnectionGuide({ focusedField, progress }: { focusedField: FocusedFieldStore; progress: GuideProgress }) {
  const [authType, scopes, storeHash, clientId, username, accessToken, password] = useWatch<ConnectionFormValues, typeof watched>({
    name: watched,
  });
  const activeField = useFocusedField(focusedField);
  const basic = authType === 'basic';
  return (
    <SetupGuide
      authType={authType}
      activeField={activeField}
      redirectUrl={redirectUrl()}
      scopes={scopes ?? noScopes}
      storeHash={storeHash}
      clientId={basic ? username : clientId}
      accessToken={basic ? password : accessToken}
      progress={progress}
      renderCopy={renderCopy}
    />
  );
}
