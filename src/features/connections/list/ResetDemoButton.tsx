import { useState } from 'react';
import { useLocation } from 'wouter';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useStatus } from '../../../ui/StatusMessage';
import { describeError, useResetDemo } from '../api';

/** "Reset demo data": after a confirm, POST /api/demo/reset and refetch every query. */
export function ResetDemoButton() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reset = useResetDemo();
  const { announce } = useStatus();
  const [location, navigate] = useLocation();

  const confirm = async () => {
    if (reset.isPending) return;
    setError(null);
    try {
      await reset.mutateAsync();
      setOpen(false);
      if (location !== '/') navigate('/');
      announce('Demo data reset: the connections and OAuth 2.0 clients are back as they were at the start.');
    } catch (failure) {
      setError(`The demo data was not reset. ${describeError(failure)}`);
    } finally {
      reset.reset();
    }
  };

  return (
    <>
      <Button
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Reset demo data
      </Button>
      <ConfirmDialog
        open={open}
        title="Reset demo data?"
        confirmLabel="Reset"
        busyLabel="Resetting…"
        busy={reset.isPending}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>This deletes every connection and OAuth 2.0 client you added and brings back the demo data as it was at the start.</p>
      </ConfirmDialog>
    </>
  );
}
