import type { Connection } from '../schema';
import { DetailsSection } from './DetailsSection';
import { grantedScopes } from './detailsModel';
import styles from './ConnectionDetailsPage.module.css';

/** OAuth 2.0: the scopes BigCommerce granted, named as its screens name them, with their codes. */
export function ScopesSection({ connection }: { connection: Connection }) {
  const scopes = grantedScopes(connection);
  return (
    <DetailsSection id="connection-scopes" title="Granted scopes">
      {scopes === null ? (
        <p className={styles.muted}>None yet: BigCommerce grants them when the connection is authorized (Edit, then Save &amp; authorize).</p>
      ) : scopes.length === 0 ? (
        <p className={styles.muted}>BigCommerce granted no scopes.</p>
      ) : (
        <ul>
          {scopes.map(({ scope, name }) => (
            <li key={scope}>
              {name ?? 'Granted to every app'} <code>{scope}</code>
            </li>
          ))}
        </ul>
      )}
    </DetailsSection>
  );
}
