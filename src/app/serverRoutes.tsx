import { Route } from 'wouter';
import { lazyRoute } from './lazyRoute';

// The pages only the server build has (sign-in, issue 9; API keys, issue 21; Webhooks, issue 22): routes.tsx includes them under
// `import.meta.env.MODE === 'server'`, a constant, so the demo's build has none of their code
// (the annotations let the bundler drop these unused definitions there). The paths are the
// contract's sessionPagePaths, written out: an import here keeps the pages' chunks in the demo build.
const signIn = /* @__PURE__ */ lazyRoute(() => import('../features/session/SignInPage').then((module) => module.SignInPage));
const setup = /* @__PURE__ */ lazyRoute(() => import('../features/session/SetupPage').then((module) => module.SetupPage));
const changePassword = /* @__PURE__ */ lazyRoute(() => import('../features/session/ChangePasswordPage').then((module) => module.ChangePasswordPage));
const activity = /* @__PURE__ */ lazyRoute(() => import('../features/activity/ActivityPage').then((module) => module.ActivityPage));
const apiKeys = /* @__PURE__ */ lazyRoute(() => import('../features/apiKeys/ApiKeysPage').then((module) => module.ApiKeysPage));
const webhooks = /* @__PURE__ */ lazyRoute(() => import('../features/webhooks/WebhooksPage').then((module) => module.WebhooksPage));

const byPath: Record<string, { preload: () => Promise<void> }> = {
  '/sign-in': signIn,
  '/setup': setup,
  '/account/password': changePassword,
  '/activity': activity,
  '/api-keys': apiKeys,
  '/webhooks': webhooks,
};

/** The chunk of a server page, for main.tsx to load before the first render; null for other paths. */
export function preloadServerRoute(pathname: string): Promise<void> | null {
  return byPath[pathname]?.preload() ?? null;
}

/** Route elements, for the app's <Switch> (a fragment of them: Switch looks into fragments). */
export function serverRoutes() {
  return (
    <>
      <Route path="/sign-in">
        <signIn.Component />
      </Route>
      <Route path="/setup">
        <setup.Component />
      </Route>
      <Route path="/account/password">
        <changePassword.Component />
      </Route>
      <Route path="/activity">
        <activity.Component />
      </Route>
      <Route path="/api-keys">
        <apiKeys.Component />
      </Route>
      <Route path="/webhooks">
        <webhooks.Component />
      </Route>
    </>
  );
}
