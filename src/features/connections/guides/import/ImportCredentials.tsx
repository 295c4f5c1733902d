import { useId, useState, type ChangeEvent, type ClipboardEvent, type DragEvent } from 'react';
import { cx } from '../../../../lib/classNames';
import { parseCredentialsFile, type CredentialsFileValues } from './credentialsFile';
import styles from './ImportCredentials.module.css';

/**
 * What the caller did with the file's values: what it filled (said in the status, never a value),
 * or why it could use none of them (shown as the error; the caller must then have changed nothing).
 */
export type ImportOutcome = { filled: string } | { error: string };

export interface ImportCredentialsProps {
  /**
   * Called with the file's values; on a bad file it is not called and the error is shown instead.
   * Without an outcome, the status says which values were read.
   */
  onImport: (values: CredentialsFileValues) => ImportOutcome | void;
}

// The real file is a few hundred bytes; anything far larger is not it.
const maxBytes = 64 * 1024;
const tooLarge = 'This file is too large to be a BigCommerce credentials file (they are under 1 KB). Choose the .txt file that downloaded when the API account was saved.';
const unreadable = 'The file could not be read. Try again, or open it and paste its text here.';

const foundNames: ReadonlyArray<readonly [keyof CredentialsFileValues, string]> = [
  ['accessToken', 'access token'],
  ['clientId', 'client ID'],
  ['storeHash', 'store hash'],
];

// Holds only the outcome message: the file's text lives in one local variable for one parse call.
export function ImportCredentials({ onImport }: ImportCredentialsProps) {
  const [error, setError] = useState('');
  const [imported, setImported] = useState('');
  const [dragging, setDragging] = useState(false);
  const inputId = useId();
  const hintId = useId();

  function fail(message: string) {
    setImported('');
    setError(message);
  }

  function importText(text: string) {
    const result = parseCredentialsFile(text);
    if (!result.ok) return fail(result.error);
    const outcome = onImport(result.value);
    if (outcome && 'error' in outcome) return fail(outcome.error);
    setError('');
    const found = foundNames.filter(([key]) => result.value[key]).map(([, name]) => name);
    setImported(outcome?.filled ?? `Read ${found.join(', ')} from the file.`);
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    if (file.size > maxBytes) return fail(tooLarge);
    try {
      importText(await file.text());
    } catch {
      fail(unreadable);
    }
  }

  async function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    try {
      await importFile(input.files?.[0]);
    } finally {
      input.value = '';
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
    else importText(event.dataTransfer.getData('text/plain'));
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    event.preventDefault();
    importText(event.clipboardData.getData('text/plain'));
  }

  return (
    <div
      className={cx(styles.zone, dragging && styles.dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      <label htmlFor={inputId} className={styles.label}>
        Import credentials file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".txt,text/plain"
        className={styles.input}
        aria-describedby={hintId}
        onChange={(event) => void onFileChange(event)}
      />
      <p id={hintId} className={styles.hint}>
        The .txt file BigCommerce downloaded when the API account was saved. You can also drop it here, or paste its
        text below. Nothing from the file is kept.
      </p>
      <textarea
        className={styles.paste}
        aria-label="Paste the credentials file's text"
        placeholder="Paste the file's text here"
        rows={2}
        value=""
        onChange={() => undefined}
      />
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <p role="status" className={styles.status}>
        {imported}
      </p>
    </div>
  );
}
