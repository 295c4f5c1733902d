import styles from './Field.module.css';

/**
 * The visible "*" after a required field's label. Hidden from assistive technology: the control
 * itself carries `required`, and the form says once that "*" means required.
 */
export function RequiredMark() {
  return (
    <span className={styles.required} aria-hidden="true">
      *
    </span>
  );
}
