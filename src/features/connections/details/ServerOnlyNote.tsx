import { DetailsSection } from './DetailsSection';

/** The embedded demo has no proxy and no API keys: no other program can reach a page. */
export function ServerOnlyNote() {
  return (
    <DetailsSection id="connection-code" title="Use from code">
      <p>
        API keys and the proxy, which let your own programs call BigCommerce with this connection, come with the server (
        <code>npm run serve</code>).
      </p>
    </DetailsSection>
  );
}
