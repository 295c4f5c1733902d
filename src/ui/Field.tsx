import type { FocusEventHandler, ReactNode } from 'react';
import { idRefs } from '../lib/ids';
import { cx } from '../lib/classNames';
import { RequiredMark } from './RequiredMark';
import styles from './Field.module.css';

/** The attributes Field wires onto its control. */
export interface FieldControlProps {
  id: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldProps {
  /** The control's id; help, note and error get `${id}-help`, `${id}-note`, `${id}-error`. */
  id: string;
  label: ReactNode;
  required?: boolean;
  help?: ReactNode;
  /** A second description, e.g. "a secret is stored; enter it again". */
  note?: ReactNode;
  error?: string;
  className?: string;
  /** Renders the control with the wired attributes. */
  children: (control: FieldControlProps) => ReactNode;
  /** Anything after the control (a live note, buttons). */
  after?: ReactNode;
}

export const helpId = (id: string) => `${id}-help`;
export const noteId = (id: string) => `${id}-note`;
export const errorId = (id: string) => `${id}-error`;

/** Label, required marker, help text, note and error message, all tied to one control. */
export function Field({ id, label, required = false, help, note, error, className, children, after }: FieldProps) {
  const control: FieldControlProps = {
    id,
    required: required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': idRefs(help ? helpId(id) : null, note ? noteId(id) : null, error ? errorId(id) : null),
  };
  return (
    <div className={cx(styles.field, error && styles.invalid, className)}>
      {/* The marker sits outside <label> so that the label's text is exactly the field's name. */}
      <div className={styles.labelRow}>
        <label className={styles.label} htmlFor={id}>
          {label}
        </label>
        {required && <RequiredMark />}
      </div>
      {help && (
        <p className={styles.help} id={helpId(id)}>
          {help}
        </p>
      )}
      {note && (
        <p className={styles.note} id={noteId(id)}>
          {note}
        </p>
      )}
      {error && <FieldError id={errorId(id)}>{error}</FieldError>}
      {children(control)}
      {after}
    </div>
  );
}

/** An error message under a label or legend. */
export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className={styles.error} id={id}>
      {children}
    </p>
  );
}

export interface FieldsetProps {
  /** Base id: help and error get `${id}-help` and `${id}-error`. */
  id: string;
  legend: ReactNode;
  required?: boolean;
  help?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
  onBlur?: FocusEventHandler<HTMLFieldSetElement>;
}

/** A fieldset (role group) with legend, help and error; for radio groups and groups of fields. */
export function Fieldset({ id, legend, required = false, help, error, className, children, onBlur }: FieldsetProps) {
  return (
    <fieldset
      id={`${id}-group`}
      className={cx(styles.fieldset, error && styles.invalid, className)}
      aria-describedby={idRefs(help ? helpId(id) : null, error ? errorId(id) : null)}
      aria-invalid={error ? true : undefined}
      onBlur={onBlur}
    >
      <legend className={styles.legend}>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {help && (
        <p className={styles.help} id={helpId(id)}>
          {help}
        </p>
      )}
      {error && <FieldError id={errorId(id)}>{error}</FieldError>}
      {children}
    </fieldset>
  );
}
