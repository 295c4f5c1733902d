import { GuardedRouter } from './GuardedRouter';
import { Layout } from './Layout';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';

/** `ssrPath`: the page to render when there is no browser location (the build's prerender). */
export function App({ ssrPath }: { ssrPath?: string } = {}) {
  return (
    <AppProviders>
      <GuardedRouter ssrPath={ssrPath}>
        <Layout>
          <AppRoutes />
        </Layout>
      </GuardedRouter>
    </AppProviders>
  );
}
