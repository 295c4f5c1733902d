import { Link } from 'wouter';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { PageHeading } from '../ui/PageHeading';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <section>
      <PageHeading>Page not found</PageHeading>
      <p>There is nothing at this address. It may have moved, or the link may be wrong.</p>
      <p>
        <Link href="/">Go to your connections</Link>
      </p>
    </section>
  );
}
