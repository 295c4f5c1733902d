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

  const handleClose = useEffectEvent(() => {
    onClose();
    const target = opener.current;
    opener.current = null;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCloseEvent = () => handleClose();
    dialog.addEventListener('close', onCloseEvent);
    return () => dialog.removeEventListener('close', onCloseEvent);
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      initialFocusRef?.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
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
