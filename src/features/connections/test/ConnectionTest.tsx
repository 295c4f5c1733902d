import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { Button } from '../../../ui/Button';
import { listConnectionsQuery, loadedConnections, toFieldErrors, useTestConnection, useTestSavedConnection } from '../api';
import { connectionTestInputSchema, type Connection, type ConnectionFormValues, type TestResult } from '../schema';
import { failureTitle, fieldOfFailure, isTransientFailure, successLines, suggestedName, suggestionBase } from './connectionTestModel';
import { connectionListLimits } from '../schema/plain';
import { branchFields } from '../form/formModel';
import { useTestRun, type TestView } from './useTestRun';
import styles from './ConnectionChecks.module.css';
import { useFormSnapshot } from '../form/useFormSnapshot';

type FormField = FieldPath<ConnectionFormValues>;

/** The result of a test, in the live region: the store when it worked, what to fix when not. */
function ResultText({ view }: { view: TestView }): ReactNode {
  switch (view.kind) {
    case 'idle':
      return null;
    case 'incomplete':
      return <p>Fill in the marked fields to test the connection.</p>;
    case 'running':
      return <p>Testing…</p>;
    case 'cancelled':
      return <p>Test cancelled.</p>;
    case 'error':
      return <p>{view.message}</p>;
    case 'done': {
      const { result } = view;
      if (result.ok) {
        const lines = successLines(result);
        return (
          <>
            <p className={styles.resultTitle}>{lines.title}</p>
            <ul className={styles.details}>
              {lines.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        );
      }
      return (
        <>
          <p className={styles.resultTitle}>{failureTitle(result)}</p>
          <p>{result.message}</p>
        </>
      );
    }
  }
}

function toneOf(view: TestView): 'success' | 'failure' | 'neutral' {
  if (view.kind === 'done') return view.result.ok ? 'success' : 'failure';
  if (view.kind === 'error' || view.kind === 'incomplete') return 'failure';
  return 'neutral';
}

interface TestControlsProps {
  view: TestView;
  waitSeconds: number;
  onTest: () => void;
  onCancel: () => void;
  note?: ReactNode;
  children?: ReactNode;
}

/** "Test connection", "Cancel test" while it runs, the live result, "Retry" and the rate-limit countdown. */
function TestControls({ view, waitSeconds, onTest, onCancel, note, children }: TestControlsProps) {
  const ids = { countdown: useId(), note: useId() };
  const testButton = useRef<HTMLButtonElement>(null);
  const running = view.kind === 'running';
  const waiting = waitSeconds > 0;
  const retry = (view.kind === 'done' && !view.result.ok && isTransientFailure(view.result)) || (view.kind === 'error' && view.retry);

  // "Cancel test" goes away when the test ends: if it had the focus, the focus goes back to "Test connection".
  const wasRunning = useRef(false);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (wasRunning.current && !running && focusLost) testButton.current?.focus();
    wasRunning.current = running;
  }, [running]);

  return (
    <div className={styles.test} role="group" aria-label="Connection test">
      {note && (
        <p id={ids.note} className={styles.note}>
          {note}
        </p>
      )}
      <div className={styles.row}>
        <Button
          ref={testButton}
          busy={running}
          aria-disabled={running || waiting || undefined}
          aria-describedby={[note ? ids.note : '', waiting ? ids.countdown : ''].filter(Boolean).join(' ') || undefined}
          onClick={() => {
            if (!running && !waiting) onTest();
          }}
        >
          Test connection
        </Button>
        {running && (
          <Button variant="quiet" onClick={onCancel}>
            Cancel test
          </Button>
        )}
        {waiting && (
          <span id={ids.countdown} className={styles.countdown}>
            Retry in {waitSeconds} s
          </span>
        )}
      </div>
      <div role="status" className={styles.result} data-tone={toneOf(view)}>
        <ResultText view={view} />
      </div>
      {(retry || children) && (
        <div className={styles.row}>
          {retry && (
            <Button
              onClick={() => {
                // "Retry" goes away while the test runs: the focus waits on "Test connection".
                testButton.current?.focus();
                onTest();
              }}
            >
              Retry
            </Button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}

// Read through useFormSnapshot: this part is its own chunk, and may mount after a name was typed.
// Only whether there is a name: a keystroke in a name already given renders nothing here.
const hasNameOf = (values: Partial<ConnectionFormValues>) => ((values.name ?? '').trim() ? 'named' : undefined);
const nameFields = ['name'] as const;

/**
 * Basic and Token: tests the credentials as typed, without saving them. The fields of the branch
 * are validated first; the secret goes into that one request only (the mutation is reset after).
 */
export function TypedCredentialsTest({ authType, editingId }: { authType: 'basic' | 'token'; editingId?: string }) {
  const form = useFormContext<ConnectionFormValues>();
  const mutation = useTestConnection();
  const { reset: resetMutation, mutateAsync } = mutation;
  const { view, run, cancel, reset, waitSeconds } = useTestRun();
  const hasName = useFormSnapshot(hasNameOf, nameFields) !== undefined;
  const storeName = view.kind === 'done' && view.result.ok && !hasName ? view.result.store.name : undefined;
  // The names that could clash with the suggestion: a search for its start, not the whole list.
  const similar = useInfiniteQuery({
    ...listConnectionsQuery({ q: suggestionBase(storeName ?? ''), limit: connectionListLimits.max }),
    enabled: storeName !== undefined,
  });
  const fields = branchFields[authType];

  // A result belongs to what was tested: changing a credential makes it stale.
  useEffect(() => {
    const subscription = form.watch((_values, { name: changed }) => {
      if (changed && (fields as readonly string[]).includes(changed)) {
        reset();
      }
    });
    return () => subscription.unsubscribe();
  }, [form, fields, reset]);

  const test = async () => {
    const valid = await form.trigger(fields);
    if (!valid) {
      reset({ kind: 'incomplete' });
      const firstInvalid = fields.find((field) => form.getFieldState(field).invalid);
      if (firstInvalid) form.setFocus(firstInvalid);
      return;
    }
    const values = form.getValues() as Record<string, unknown>;
    const parsed = connectionTestInputSchema.safeParse({ authType, ...Object.fromEntries(fields.map((field) => [field, values[field]])) });
    if (!parsed.success) {
      reset({ kind: 'incomplete' });
      return;
    }
    const outcome = await run((signal) => mutateAsync({ input: parsed.data, signal }), resetMutation);
    if (outcome?.kind === 'done') markField(outcome.result);
    if (outcome?.kind === 'error') {
      for (const item of toFieldErrors(outcome.error).fields) {
        const field = item.path.split('.')[0];
        if (field && (fields as readonly string[]).includes(field)) form.setError(field as FormField, { type: 'server', message: item.message });
      }
    }
  };

  const markField = (result: TestResult) => {
    if (result.ok) return;
    const field = fieldOfFailure(result, authType);
    if (field) form.setError(field, { type: 'test', message: result.message });
  };

  const suggestion =
    storeName !== undefined && !similar.isPending
      ? suggestedName(
          storeName,
          loadedConnections(similar.data)
            .filter((connection) => connection.id !== editingId)
            .map((connection) => connection.name),
        )
      : null;

  return (
    <TestControls view={view} waitSeconds={waitSeconds} onTest={() => void test()} onCancel={cancel}>
      {suggestion && (
        <Button
          onClick={() => {
            form.setValue('name', suggestion, { shouldDirty: true, shouldValidate: true, shouldTouch: true });
            form.setFocus('name');
          }}
        >
          Use name “{suggestion}”
        </Button>
      )}
    </TestControls>
  );
}

/** OAuth 2.0, once authorized: re-tests the saved connection with its stored token. */
export function SavedConnectionTest({ connection }: { connection: Connection }) {
  const form = useFormContext<ConnectionFormValues>();
  const { mutateAsync, reset: resetMutation } = useTestSavedConnection();
  const { view, run, cancel, waitSeconds } = useTestRun();

  const test = async () => {
    const outcome = await run((signal) => mutateAsync({ id: connection.id, signal }).then((answer) => answer.result), resetMutation);
    if (outcome?.kind === 'done' && !outcome.result.ok) {
      const field = fieldOfFailure(outcome.result, 'oauth2');
      if (field) form.setError(field, { type: 'test', message: outcome.result.message });
    }
  };

  return (
    <TestControls
      view={view}
      waitSeconds={waitSeconds}
      onTest={() => void test()}
      onCancel={cancel}
      note="Tests the saved authorization. Changes made here are tested once saved and authorized."
    />
  );
}
