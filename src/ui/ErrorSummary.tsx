import { useEffect, useId, useRef } from 'react';
import styles from './ErrorSummary.module.css';

export interface ErrorSummaryItem {
  /** The id of the element a link moves focus to (an input, the first radio of a group...). */
  targetId: string;
  message: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: string;
  /** Each new value (> 0) moves focus to the summary, e.g. after a failed submit. */
  focusKey?: number;
}

/**
 * The list of problems at the top of a form (role=alert). It takes focus when `focusKey`
 * changes; its links move focus to the fields.
 */
export function ErrorSummary({ errors, title = 'There is a problem', focusKey = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const handledKey = useRef(0);
  const headingId = useId();
  const visible = errors.length > 0;

  useEffect(() => {
    if (focusKey > 0 && focusKey !== handledKey.current && visible && ref.current) {
      handledKey.current = focusKey;
      ref.current.focus();
    }
  }, [focusKey, visible]);

  if (!visible) return null;
  const count = errors.length;
  return (
    <div ref={ref} className={styles.summary} role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className={styles.title}>
        {title}
      </h2>
      <p className={styles.intro}>{count === 1 ? 'Fix 1 problem to save:' : `Fix ${count} problems to save:`}</p>
      <ul className={styles.list}>
        {errors.map((item) => (
          <li key={`${item.targetId}:${item.message}`}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                const target = document.getElementById(item.targetId);
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView?.({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
