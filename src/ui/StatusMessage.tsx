import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import styles from './StatusMessage.module.css';

interface StatusContextValue {
  message: string | null;
  /** Shows and politely announces a confirmation ("Connection "X" saved."). */
  announce: (message: string) => void;
  clear: () => void;
}

const StatusContext = createContext<StatusContextValue | null>(null);

/** Holds the app's one confirmation message, so it survives a route change (save, then list). */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const announce = useCallback((next: string) => setMessage(next), []);
  const clear = useCallback(() => setMessage(null), []);
  const value = useMemo(() => ({ message, announce, clear }), [message, announce, clear]);
  return <StatusContext value={value}>{children}</StatusContext>;
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
  const { message, clear } = useStatus();
  return (
    <div className={message ? styles.banner : styles.empty}>
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
