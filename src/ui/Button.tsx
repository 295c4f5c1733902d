import type { ButtonHTMLAttributes, Ref } from 'react';
import { cx } from '../lib/classNames';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shows progress: the button stays focusable but announces itself as unavailable. */
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** A native button with the app's look; type="button" unless told otherwise. */
export function Button({ variant = 'secondary', busy = false, className, type = 'button', onClick, ref, ...rest }: ButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      className={cx(styles.button, styles[variant], busy && styles.busy, className)}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
}
