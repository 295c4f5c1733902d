import type { Guide } from './types';

export const chooseAuthTypeGuide: Guide = {
  id: 'chooseAuthType',
  kind: 'choices',
  title: 'Which auth type fits?',
  intro: 'Choose an auth type in the form; the steps for it appear here.',
  steps: [
    {
      id: 'oauth2',
      text: '**OAuth 2.0**: you have, or will create, a BigCommerce app in the Developer Portal, and the store owner installs it. BigCommerce issues the token; you need the app’s client ID and client secret.',
      produces: [],
    },
    {
      id: 'token',
      text: '**Token**: most single-store connections. The store owner, or a user allowed to create API accounts, creates a store-level API account in the control panel; you need its access token and client ID.',
      produces: [],
    },
    {
      id: 'basic',
      text: "**Basic**: only for connections already set up this way. It takes the same API account's client ID as username and access token as password. BigCommerce no longer issues its own legacy Basic credentials.",
      produces: [],
    },
  ],
  olderSteps: [],
};
