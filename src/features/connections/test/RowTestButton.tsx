import { Button } from '../../../ui/Button';
import { useStatus } from '../../../ui/StatusMessage';
import { describeError, useTestSavedConnection } from '../api';
import type { Connection } from '../schema';
import { savedTestAnnouncement } from './connectionTestModel';

/**
 * "Test NAME" in a list row ("Check now" on its page): re-tests the saved connection, shows progress in the row, announces
 * the result in the app's status message; the row's status follows from the updated connection.
 */
export function RowTestButton({ connection, label = 'Test', busyLabel = 'Testing…' }: { connection: Connection; label?: string; busyLabel?: string }) {
  const { mutateAsync, reset, isPending } = useTestSavedConnection();
  const { announce } = useStatus();

  const test = async () => {
    try {
      const { result, connection: tested } = await mutateAsync({ id: connection.id });
      const { message, tone } = savedTestAnnouncement(tested.name, result);
      announce(message, tone);
    } catch (error) {
      announce(`Connection "${connection.name}" could not be tested. ${describeError(error)}`, 'warning');
    } finally {
      reset();
    }
  };

  return (
    <Button busy={isPending} onClick={() => void test()}>
      {isPending ? busyLabel : label}
      <span className="visually-hidden"> {connection.name}</span>
    </Button>
  );
}
