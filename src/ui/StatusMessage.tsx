import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import styles from './StatusMessage.module.css';

export type StatusTone = 'success' | 'warning';

interface StatusContextValue {
  message: string | null;
  tone: StatusTone;
  /** Shows and politely announces a confirmation ("Connection "X" saved."); 'warning' for news that something failed. */
  announce: (message: string, tone?: StatusTone) => void;
  clear: () => void;
}

const StatusContext = createContext<StatusContextValue | null>(null);

type Status = { message: string | null; tone: StatusTone };
const noStatus: Status = { message: null, tone: 'success' };

/** Holds the app's one confirmation message, so it survives a route change (save, then list). */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>(noStatus);
  const announce = useCallback((message: string, tone: StatusTone = 'success') => setStatus({ message, tone }), []);
  // Nothing to clear keeps the same state, so React renders nothing: the layout clears on every page
  // but the list, and a new context value while the page hydrates makes React hydrate it all at once.
  const clear = useCallback(() => setStatus((current) => (current.message === null ? current : noStatus)), []);
  const value = useMemo(() => ({ message: status.message, tone: status.tone, announce, clear }), [status, announce, clear]);
  return <StatusContext value={value}>{children}</StatusContext>;
}

/** The status message if there is a provider; for parts that can also be shown alone (in tests). */
export function useOptionalStatus(): StatusContextValue | null {
  return use(StatusContext);
}

export function useStatus(): StatusContextValue {
  const value = use(StatusContext);
  if (!value) throw new Error('useStatus needs a <StatusProvider> above it.');
  return value;
}

/**
 * The live region (role=status) that shows the message. Render it once in a place that stays
 * mounted across routes, so that screen readers hear each new message.
 */
export function StatusRegion() {
  const { message, tone, clear } = useStatus();
  return (
    <div className={message ? styles.banner : styles.empty} data-tone={tone}>
      <div role="status" className={styles.text}>
        {message}
      </div>
      {message && (
        <button type="button" className={styles.dismiss} onClick={clear}>
          Dismiss<span className="visually-hidden"> message</span>
        </button>
      )}
    </div>
  );
}
