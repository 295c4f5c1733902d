import { useEffect, useRef, useState } from 'react';
import type { DefaultValues, UseFormReturn } from 'react-hook-form';
import { createTrailingTimer } from '../../../lib/trailingTimer';
import { clearResumeMark, isMarkedForResume, markForResume, onSessionInterrupted } from '../../../lib/sessionInterruption';
import type { ConnectionFormValues, ConnectionInput } from '../schema';
import type { Draft } from './draftSchema';
import { draftKey, draftToFormValues, readRawDraft, removeDraft, sameDraftValues, toDraftValues, writeDraft } from './draftStore';

/** How long typing pauses before the draft is written. */
export const draftDelayMs = 300;

export interface ConnectionDraft {
  /** A stored draft waiting for the person's answer (Restore / Discard), or null. */
  offer: Draft | null;
  /** Editing: the connection's last change, when it came after the offered draft was written. */
  changedSince?: string;
  restore(): void;
  discard(): void;
  /** Drops the draft for good (after a save, or leaving on purpose) and stops writing it. */
  drop(): void;
  /** The draft restored without asking, because the session ended while the form was open. */
  resumed: Draft | null;
}

/**
 * Keeps a draft of the panel's non-secret fields in localStorage. It is written from a `watch`
 * subscription (not a render), debounced, and only while the draft-able fields differ from the
 * panel's starting values; on pagehide a pending write is flushed. While a stored draft is being
 * offered, nothing is written, so typing cannot overwrite it before the person answers.
 */
export function useConnectionDraft(
  form: UseFormReturn<ConnectionFormValues, unknown, ConnectionInput>,
  connectionId: string | undefined,
  defaultValues: DefaultValues<ConnectionFormValues>,
  /** Editing: the connection's `updatedAt`, stored with the draft. */
  basedOn?: string,
): ConnectionDraft {
  const key = draftKey(connectionId);
  // A stored draft is checked by its zod schema, a chunk of its own: it is fetched only when there
  // is a draft to check, and until it is checked nothing is written over it.
  const [stored] = useState(() => readRawDraft(key));
  const [offer, setOffer] = useState<Draft | null>(null);
  // Back from the sign-in page the session's end sent the person to: restore, do not ask.
  const [resuming] = useState(() => import.meta.env.MODE === 'server' && stored !== null && isMarkedForResume(key));
  const [resumed, setResumed] = useState<Draft | null>(null);
  const holding = useRef(stored !== null);
  const dropped = useRef(false);

  useEffect(() => {
    if (stored === null) return;
    let live = true;
    import('./draftSchema').then(
      ({ parseDraft }) => {
        if (!live || !holding.current) return;
        const draft = parseDraft(stored);
        if (import.meta.env.MODE === 'server' && resuming) {
          clearResumeMark(key);
          if (draft) {
            holding.current = false;
            form.reset(draftToFormValues(draft, defaultValues), { keepDefaultValues: true });
            setResumed(draft);
            return;
          }
        }
        if (draft) {
          setOffer(draft);
        } else {
          removeDraft(key); // broken, of another shape, or expired
          holding.current = false;
        }
      },
      () => {
        // The check could not load: offer nothing, and let the form write its own draft.
        if (live) holding.current = false;
      },
    );
    return () => {
      live = false;
    };
  }, [key, stored, resuming, form, defaultValues]);

  useEffect(() => {
    const baseline = toDraftValues(defaultValues as Record<string, unknown>);
    const write = () => {
      if (holding.current || dropped.current) return;
      const values = form.getValues() as Record<string, unknown>;
      if (sameDraftValues(toDraftValues(values), baseline)) removeDraft(key);
      else writeDraft(key, values, new Date(), basedOn);
    };
    const timer = createTrailingTimer(write, draftDelayMs);
    const schedule = () => {
      if (holding.current || dropped.current) return;
      timer.touch();
    };
    const subscription = form.watch(schedule);
    // Values the form took before this subscription (typed into the prerendered page before the
    // app ran: form/typedBeforeHydration.ts) are kept too.
    if (!sameDraftValues(toDraftValues(form.getValues() as Record<string, unknown>), baseline)) schedule();
    // Closing the tab within the delay still keeps the last keystrokes.
    const flush = () => timer.flush();
    window.addEventListener('pagehide', flush);
    // The session ended: the app leaves for the sign-in page without asking. Keep the draft now, and
    // mark it to be restored once the person is back (nothing to mark while an offer is unanswered).
    // (The demo has no sign-in: a constant per build.)
    const stopListening =
      import.meta.env.MODE === 'server'
        ? onSessionInterrupted(() => {
            flush();
            if (!holding.current && !dropped.current && readRawDraft(key) !== null) markForResume(key);
          })
        : () => undefined;
    return () => {
      stopListening();
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      timer.cancel();
    };
  }, [form, key, defaultValues, basedOn]);

  // After an answer the offer (and the button that had focus) is gone: the first field takes focus,
  // once the restored values have rendered.
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    form.setFocus('name');
  });
  const focusFirstField = () => {
    pendingFocus.current = true;
  };

  return {
    offer,
    resumed,
    changedSince: offer?.basedOn && basedOn && offer.basedOn !== basedOn ? basedOn : undefined,
    restore() {
      if (!offer) return;
      holding.current = false;
      setOffer(null);
      // keepDefaultValues: the panel's starting values stay the baseline, so the form is dirty.
      form.reset(draftToFormValues(offer, defaultValues), { keepDefaultValues: true });
      focusFirstField();
    },
    discard() {
      holding.current = false;
      removeDraft(key);
      setOffer(null);
      focusFirstField();
    },
    drop() {
      dropped.current = true;
      holding.current = false;
      removeDraft(key);
      setOffer(null);
    },
  };
}
