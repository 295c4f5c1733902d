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

/** The classes of a button of this variant, for a link that looks like one (a link when it goes to a page). */
export function buttonClassName(variant: ButtonVariant = 'secondary', className?: string): string {
  return cx(styles.button, styles[variant], className);
}

/** A native button with the app's look; type="button" unless told otherwise. */
export function Button({ variant = 'secondary', busy = false, className, type = 'button', onClick, ref, ...rest }: ButtonProps) {
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClassName(variant, cx(busy && styles.busy, className))}
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
