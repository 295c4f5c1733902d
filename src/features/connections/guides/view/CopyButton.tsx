import { useState } from 'react';
import { copyText } from '../../../../lib/clipboard';
import styles from './SetupGuide.module.css';

// A stand-in until src/ui has a shared CopyButton; the panel can pass its own via renderCopy.
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [result, setResult] = useState('');

  async function copy() {
    try {
      await copyText(value);
      setResult('Copied.');
    } catch {
      setResult('Copying failed: select the text and copy it yourself.');
    }
  }

  return (
    <span className={styles.copy}>
      <button type="button" className={styles.button} onClick={() => void copy()}>
        Copy <span className={styles.visuallyHidden}>{label}</span>
      </button>
      <span role="status" className={styles.copyResult}>
        {result}
      </span>
    </span>
  );
}
