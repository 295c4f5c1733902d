import type { FormEventHandler, ReactNode } from 'react';
import { useFormState, type FieldPath, type FieldValues } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { summaryItems } from './formErrors';
import styles from './SessionForm.module.css';

export interface SessionFormShellProps<T extends FieldValues> {
  /** The fields in page order, for the error summary. */
  order: readonly FieldPath<T>[];
  /** Each new value (> 0) puts the error summary in focus. */
  summaryKey: number;
  /** A failure no field carries (role=alert). */
  failure: ReactNode;
  submitLabel: string;
  busyLabel: string;
  labelledBy: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  children: ReactNode;
  /** Beside the submit button (a link away). */
  aside?: ReactNode;
}

/** The frame of every form of this feature: error summary, failure, the fields, the submit button. Inside a FormProvider. */
export function SessionFormShell<T extends FieldValues>(props: SessionFormShellProps<T>) {
  const { errors, isSubmitting } = useFormState<T>();
  return (
    <>
      {props.summaryKey > 0 && <ErrorSummary errors={summaryItems(errors, props.order)} focusKey={props.summaryKey} />}
      {props.failure && <ErrorAlert>{props.failure}</ErrorAlert>}
      <form noValidate onSubmit={props.onSubmit} aria-labelledby={props.labelledBy} className={styles.form}>
        <p className={styles.requiredNote}>Fields marked * are required.</p>
        {props.children}
        <div className={styles.actions}>
          <Button type="submit" variant="primary" busy={isSubmitting}>
            {isSubmitting ? props.busyLabel : props.submitLabel}
          </Button>
          {props.aside}
        </div>
      </form>
    </>
  );
}
