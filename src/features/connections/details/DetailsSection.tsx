import type { ReactNode } from 'react';
import dataTable from '../../../ui/DataTable.module.css';
import styles from './ConnectionDetailsPage.module.css';

/** One section of a connection's page: a region named by its h2. */
export function DetailsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className={`${dataTable.wrap} ${styles.section}`}>
      <h2 id={headingId}>
        {title}
      </h2>
      {children}
    </section>
  );
}
