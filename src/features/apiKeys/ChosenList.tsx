import { Button } from '../../ui/Button';
import styles from './ApiKeysPage.module.css';

/** A chosen connection as it was when ticked; only its ID when the page no longer knows it. */
export interface ChosenConnection {
  id: string;
  name?: string;
  storeHash?: string;
}

/** "Chosen (2)": each chosen connection with "Remove NAME", whichever search is shown below. */
export function ChosenList({ chosen, onRemove }: { chosen: readonly ChosenConnection[]; onRemove: (id: string) => void }) {
  return (
    <div className={styles.chosen}>
      <p role="status">{chosen.length === 0 ? 'None chosen yet.' : `Chosen (${chosen.length}):`}</p>
      {chosen.length > 0 && (
        <ul className={styles.chosenList}>
          {chosen.map((connection) => (
            <li key={connection.id}>
              {connection.name ?? connection.id}
              {connection.storeHash && <span className="visually-hidden">, store {connection.storeHash}</span>}{' '}
              <Button variant="quiet" onClick={() => onRemove(connection.id)}>
                Remove<span className="visually-hidden"> {connection.name ?? connection.id}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
