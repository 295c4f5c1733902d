import { GuardedRouter } from './GuardedRouter';
import { Layout } from './Layout';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';

export function App() {
  return (
    <AppProviders>
      <GuardedRouter>
        <Layout>
          <AppRoutes />
        </Layout>
      </GuardedRouter>
    </AppProviders>
  );
}
