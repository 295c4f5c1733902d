import { useEffect, useEffectEvent, useId, useRef, type ReactNode, type RefObject } from 'react';
import { cx } from '../lib/classNames';
import styles from './Dialog.module.css';

export interface DialogProps {
  open: boolean;
  /** Called when the dialog closes for any reason (Escape included). */
  onClose: () => void;
  title: ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** The id of the element describing the dialog (alertdialog's question). */
  describedBy?: string;
  /** Receives focus when the dialog opens; otherwise the browser picks the first focusable. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

/**
 * A modal native <dialog> (showModal): the page behind is inert, Escape closes it, and focus
 * returns to the element that opened it. The content mounts only while open.
 */
export function Dialog({ open, onClose, title, role = 'dialog', describedBy, initialFocusRef, className, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  // Set when this side asked to close, so the native `close` event does not report it twice.
  const closeRequested = useRef(false);

  const restoreFocus = () => {
    const target = opener.current;
    opener.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  };

  // Escape: close through the `open` prop, so the state and the element never disagree (a key
  // pressed between the native close and its queued `close` event would otherwise be lost).
  const requestClose = useEffectEvent(() => {
    closeRequested.current = true;
    onClose();
  });

  // Closed natively without asking first (a form with method=dialog, say).
  const handleNativeClose = useEffectEvent(() => {
    // The `close` event is queued as a task: if the dialog has been opened again since (Escape,
    // then Space on the opener, quickly), it reports the earlier close and must neither close the
    // new one nor take its focus away.
    if (ref.current?.open) return;
    if (!closeRequested.current && opener.current) onClose();
    restoreFocus();
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    const onCloseEvent = () => handleNativeClose();
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onCloseEvent);
    };
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      closeRequested.current = false;
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      initialFocusRef?.current?.focus();
    } else if (!open) {
      closeRequested.current = true;
      if (dialog.open) dialog.close();
      restoreFocus();
    }
  }, [open, initialFocusRef]);

  return (
    <dialog ref={ref} className={cx(styles.dialog, className)} role={role === 'alertdialog' ? 'alertdialog' : undefined} aria-labelledby={titleId} aria-describedby={describedBy}>
      {open && (
        <div className={styles.body}>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
