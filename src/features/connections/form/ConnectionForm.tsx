import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { FormProvider, useForm, useFormState, useWatch, type FieldErrors, type FieldPath } from 'react-hook-form';
import { Button } from '../../../ui/Button';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary, type ErrorSummaryItem } from '../../../ui/ErrorSummary';
import { afterFirstContentfulPaint } from '../../../lib/afterPaint';
import { afterPointerSettles } from '../../../lib/pointerSettled';
import { toFieldErrors, useCreateConnection, useUpdateConnection } from '../api';
import type { AuthType, Connection, ConnectionFormValues, ConnectionInput } from '../schema';
import { fieldText } from '../schema/plain';
import { contractResolver } from './contractResolver';
import { AuthTypeField } from './AuthTypeField';
import { AuthSection } from './AuthSection';
import { ConnectionGuideSlot } from '../guides/ConnectionGuideSlot';
import { createFocusedFieldStore } from '../guides/focusedField';
import { emptyFormValues, fieldId, fieldOrder, toFormValues } from './formModel';
import { TextField } from './TextField';
import { withUniqueName } from './uniqueName';
import { NameSearch, searchedNames } from './NameSearch';
import { useSaveAndAuthorize, type SaveIntent } from '../authorize/useAuthorize';
import { findMessage } from './useFieldError';
import { useSaveAttemptKey } from '../drafts/saveAttemptKey';
import { preloadFormParts, preloadSectionParts } from './lazyParts';
import { useConnectionDraft } from '../drafts/useConnectionDraft';
import { DraftRestoreOffer } from '../drafts/DraftRestoreOffer';
import { ResumedDraftNotice } from '../drafts/ResumedDraftNotice';
import { UnsavedChangesGuard } from '../drafts/UnsavedChangesGuard';
import { connectionFormId, firstRenderDefaults, useAdoptTypedValues, useTypedBeforeHydration } from './typedBeforeHydration';
import { useHydrated } from '../../../lib/hydration';
import { leadsTo } from '../../../lib/leadsTo';
import styles from './ConnectionForm.module.css';

const connectionFormResolver = contractResolver<ConnectionFormValues, ConnectionInput>((contract) => contract.connectionFormSchema);

export interface ConnectionFormProps {
  /** The saved connection when editing; creates a new one when absent. */
  connection?: Connection;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  onSaved: (saved: Connection) => void;
  onCancel: () => void;
}

/**
 * The connection form: name, auth type and the chosen type's section, validated by the panel's
 * zod schema (plus name uniqueness), saved through the create/update mutations.
 */
export function ConnectionForm({ connection, labelledBy, onSaved, onCancel }: ConnectionFormProps) {
  const queryClient = useQueryClient();
  const editingId = connection?.id;
  // The names are read from the cache when a validation finishes, not when it started: one begun
  // before the name's search answered must not report a taken name as free after the recheck said otherwise.
  const resolver = useMemo(
    () => afterPointerSettles(withUniqueName(connectionFormResolver, (name) => searchedNames(queryClient, name, editingId))),
    [queryClient, editingId],
  );

  const [defaultValues] = useState(() => (connection ? toFormValues(connection) : emptyFormValues));
  // Typed into the prerendered form before the app ran: kept, never overwritten by the defaults.
  const typed = useTypedBeforeHydration(!connection);
  const form = useForm<ConnectionFormValues, unknown, ConnectionInput>({
    resolver,
    mode: 'onTouched',
    defaultValues: firstRenderDefaults(defaultValues, typed),
    // The error summary takes focus instead; its links lead to the fields.
    shouldFocusError: false,
  });
  // react-hook-form gives its context a new object whenever the form's state changes (the first
  // time right after mounting), and every component under it renders again. Ours read that state
  // through useFormState, useController and useWatch, which subscribe to what they show, so the
  // context can stay the object of the first render.
  const [context] = useState(() => ({ ...form }));

  const create = useCreateConnection();
  const update = useUpdateConnection();
  const saving = useRef(false);
  // One Idempotency-Key per series of attempts: a retry of the same values cannot save twice.
  const attempt = useSaveAttemptKey(form);
  const [summaryKey, setSummaryKey] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // Which field has focus, for the setup guide's current step; a store, so the form never re-renders for it.
  const [focusedField] = useState(createFocusedFieldStore);
  // OAuth 2.0 "Save & authorize": the popup opens in the submit event itself, the authorization follows the save.
  const authorization = useSaveAndAuthorize(editingId, (name) => searchedNames(queryClient, name, editingId));
  // "Nothing lost": a draft of the non-secret fields in localStorage, and a question before leaving.
  const draft = useConnectionDraft(form, editingId, defaultValues, connection?.updatedAt);
  const released = useRef(false);
  useAdoptTypedValues(form, typed, defaultValues);
  usePreloadFormParts();

  const save = async (input: ConnectionInput) => {
    if (saving.current) return;
    saving.current = true;
    setFailure(null);
    try {
      const idempotencyKey = attempt.current();
      const saved = editingId ? await update.mutateAsync({ id: editingId, input, idempotencyKey }) : await create.mutateAsync({ input, idempotencyKey });
      attempt.reset();
      // Saved: nothing left to lose, so no draft and no question on the way out.
      released.current = true;
      draft.drop();
      if (!authorization.continueAfterSave(saved)) onSaved(saved);
    } catch (error) {
      authorization.abandon();
      // Nothing is reset: what was typed stays, secrets included, so the person can try again.
      const report = toFieldErrors(error);
      const known = new Set<string>(fieldOrder(form.getValues('authType') as AuthType | undefined));
      const unplaced: string[] = [];
      for (const item of report.fields) {
        const name = item.path.split('.')[0] ?? '';
        if (known.has(name)) form.setError(name as FieldPath<ConnectionFormValues>, { type: 'server', message: item.message });
        else unplaced.push(item.message);
      }
      if (report.fields.length > unplaced.length) setSummaryKey((key) => key + 1);
      const message = report.message ?? (unplaced.length > 0 ? unplaced.join(' ') : null);
      if (message) setFailure(`The connection was not saved. ${message} Everything you entered is still here.`);
    } finally {
      // The variables held the secret: drop them now that the request is over.
      create.reset();
      update.reset();
      saving.current = false;
    }
  };

  // The first focus in the form starts the sections' parts (import, test, authorization): a
  // section chosen later then shows at once, not after a line saying it is loading (AuthSection).
  const onFocus = (event: FocusEvent<HTMLFormElement>) => {
    preloadSectionParts();
    focusedField.follow(event.target);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (saving.current) {
      event.preventDefault();
      return;
    }
    authorization.prepare(event, form.getValues());
    void form.handleSubmit(save, () => {
      authorization.abandon();
      setSummaryKey((key) => key + 1);
    })(event);
  };

  // What does not change while the form is open, as the same elements: React skips them when this
  // component renders again (react-hook-form renders it once more right after mounting, synchronously).
  const fields = useMemo(
    () => (
      <>
        <p className={styles.requiredNote}>Fields marked * are required.</p>
        <TextField<ConnectionFormValues>
          name="name"
          label={fieldText.name.label}
          help={fieldText.name.help}
          required
          inputProps={{ autoComplete: 'off' }}
        />
        <AuthTypeField />
        <AuthSection saved={connection} />
      </>
    ),
    [connection],
  );

  return (
    <FormProvider {...context}>
      {import.meta.env.MODE === 'server' && draft.resumed && <ResumedDraftNotice draft={draft.resumed} />}
      {draft.offer && <DraftRestoreOffer draft={draft.offer} changedSince={draft.changedSince} onRestore={draft.restore} onDiscard={draft.discard} />}
      <UnsavedChangesGuard isReleased={() => released.current} onLeave={draft.drop} />
      <FormErrorSummary focusKey={summaryKey} />
      {failure && <ErrorAlert>{failure}</ErrorAlert>}
      <form id={connectionFormId} {...leadsTo('list')} noValidate onSubmit={onSubmit} onFocus={onFocus} aria-labelledby={labelledBy} className={styles.form}>
        {fields}
        <FormActions onCancel={onCancel} intent={authorization.intent} />
      </form>
      <NameSearch />
      <ConnectionGuideSlot focusedField={focusedField} />
    </FormProvider>
  );
}

/** Once the form has painted, fetches the parts it shows or checks with before any choice (lazyParts.ts). */
function usePreloadFormParts() {
  useEffect(() => {
    // Focus already in the prerendered form when the app took it over: no focus event comes for it.
    if (document.getElementById(connectionFormId)?.contains(document.activeElement)) preloadSectionParts();
    // After the form's first paint, so the parts do not compete with it for the network.
    return afterFirstContentfulPaint(preloadFormParts);
  }, []);
}

/** Every field error, one per field, in page order; unknown paths last. */
export function summaryItems(errors: FieldErrors<ConnectionFormValues>, authType: AuthType | undefined): ErrorSummaryItem[] {
  const order: string[] = fieldOrder(authType);
  const names = Object.keys(errors).filter((name) => name !== 'root');
  names.sort((a, b) => rank(order, a) - rank(order, b));
  const items: ErrorSummaryItem[] = [];
  for (const name of names) {
    const message = findMessage((errors as Record<string, unknown>)[name]);
    if (message) items.push({ targetId: fieldId(name), message });
  }
  return items;
}

function rank(order: readonly string[], name: string): number {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

function FormErrorSummary({ focusKey }: { focusKey: number }) {
  const { errors } = useFormState<ConnectionFormValues>();
  const authType = useWatch<ConnectionFormValues, 'authType'>({ name: 'authType' }) as AuthType | undefined;
  if (focusKey === 0) return null;
  return <ErrorSummary errors={summaryItems(errors, authType)} focusKey={focusKey} />;
}

function FormActions({ onCancel, intent }: { onCancel: () => void; intent: SaveIntent }) {
  const { isSubmitting } = useFormState<ConnectionFormValues>();
  // Until the app runs, the prerendered form's buttons do nothing, so they say so: with its
  // default button disabled, Enter in a field does nothing either (a native submit would put the
  // typed values in the address).
  const hydrated = useHydrated();
  // OAuth 2.0: "Save & authorize" first (the default button, also for Enter); "Save" keeps it unauthorized for now.
  const oauth2 = useWatch<ConnectionFormValues, 'authType'>({ name: 'authType' }) === 'oauth2';
  return (
    <div className={styles.actions}>
      {oauth2 && (
        <Button type="submit" variant="primary" data-intent="authorize" busy={isSubmitting} disabled={!hydrated}>
          {isSubmitting && intent === 'authorize' ? 'Saving & authorizing…' : 'Save & authorize'}
        </Button>
      )}
      <Button type="submit" variant={oauth2 ? 'secondary' : 'primary'} busy={isSubmitting} disabled={!hydrated}>
        {isSubmitting && intent !== 'authorize' ? 'Saving…' : 'Save'}
      </Button>
      <Button onClick={onCancel} disabled={!hydrated}>
        Cancel
      </Button>
    </div>
  );
}
