import { useEffect, useRef, useState } from 'react';
import { copyText } from '../lib/clipboard';
import { Button } from './Button';
import styles from './CopyButton.module.css';

export interface CopyButtonProps {
  text: string;
  /** The button's name, e.g. "Copy redirect URL". */
  label: string;
  copiedMessage?: string;
  failedMessage?: string;
}

/** Copies `text` and says so in a polite live region (role=status) beside the button. */
export function CopyButton({ text, label, copiedMessage = 'Copied', failedMessage = 'Could not copy. Select the text and copy it yourself.' }: CopyButtonProps) {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    setMessage('');
    try {
      await copyText(text);
      setMessage(copiedMessage);
    } catch {
      setMessage(failedMessage);
    }
    timer.current = setTimeout(() => setMessage(''), 5000);
  };

  return (
    <span className={styles.wrap}>
      <Button onClick={() => void copy()}>{label}</Button>
      <span role="status" className={styles.status}>
        {message}
      </span>
    </span>
  );
}
