import type { Connection } from '../schema';
import { ConnectionActions } from './ConnectionActions';
import { HistorySection } from './HistorySection';
import { OverviewSection } from './OverviewSection';
import { ScopesSection } from './ScopesSection';
import { ServerOnlyNote } from './ServerOnlyNote';
import { StatusSection } from './StatusSection';
import { UsageSection } from './UsageSection';
import { UseFromCodeSection } from './UseFromCodeSection';

export interface ConnectionDetailsProps {
  connection: Connection;
  /** Told when a delete starts (true) or fails (false): the page stops loading the connection meanwhile. */
  onDeleting: (deleting: boolean) => void;
}

/**
 * The page's sections, each a component of its own. The status history and the proxy's sections
 * exist on the server only (a constant per build).
 */
export function ConnectionDetails({ connection, onDeleting }: ConnectionDetailsProps) {
  return (
    <>
      <ConnectionActions connection={connection} onDeleting={onDeleting} />
      <OverviewSection connection={connection} />
      <StatusSection connection={connection} />
      {connection.authType === 'oauth2' && <ScopesSection connection={connection} />}
      {import.meta.env.MODE === 'server' ? (
        <>
          <HistorySection connectionId={connection.id} />
          <UseFromCodeSection connectionId={connection.id} />
          <UsageSection connectionId={connection.id} />
        </>
      ) : (
        <ServerOnlyNote />
      )}
    </>
  );
}
