import type { Guide } from './types';

// Developer Portal as rewritten on 2025-07-18 (FACTS §4); older wording in olderSteps/olderNote.
export const oauth2Guide: Guide = {
  id: 'oauth2',
  kind: 'steps',
  title: 'Create a BigCommerce app',
  intro:
    'A BigCommerce app gives you the client ID and client secret of an OAuth 2.0 client. The store owner then installs the app, and BigCommerce sends the authorization to the redirect URL below.',
  steps: [
    {
      id: 'open-portal',
      text: 'Sign in to the BigCommerce **Developer Portal**.',
      produces: [],
      extras: [{ kind: 'link', to: 'developerPortal' }],
    },
    {
      id: 'create-app',
      text: 'Click **Create app**, enter a name for the app and click **Generate Credentials**.',
      produces: [],
    },
    {
      id: 'copy-client-id',
      text: 'BigCommerce shows the **Client ID** and **Client Secret**. Here, press "Create OAuth 2.0 client" and paste the Client ID into Client ID.',
      produces: ['oauthClientId', 'clientId'],
    },
    {
      id: 'copy-client-secret',
      text: 'Paste the **Client Secret** into Client secret and save the OAuth 2.0 client. Then click **Finish** in BigCommerce.',
      produces: ['clientSecret'],
      extras: [
        {
          kind: 'note',
          text: 'Closed the dialog too soon? The View credentials icon on the Apps overview shows both again.',
        },
      ],
    },
    {
      id: 'auth-callback',
      text: 'In the app editor, open **App information** and paste the redirect URL into **Auth callback URL** (not Load callback URL or Uninstall callback URL).',
      produces: ['redirectUrl'],
      extras: [{ kind: 'redirectUrl' }],
    },
    {
      id: 'scopes',
      text: 'Open the **Scopes** tab and give each resource the level chosen in the form.',
      produces: ['scopes'],
      extras: [{ kind: 'scopes' }],
    },
    {
      id: 'save-changes',
      text: 'Click **Save changes**, then **Confirm new scopes**.',
      produces: [],
      extras: [
        {
          kind: 'note',
          text: 'Changing the scopes later ends the current authorization: the store owner must authorize the app again.',
        },
      ],
    },
    {
      id: 'store-hash',
      text: "Sign in to the store's control panel. Its address is store-HASH.mybigcommerce.com: the part after store- is the store hash.",
      produces: ['storeHash'],
      extras: [{ kind: 'link', to: 'storeControlPanel' }],
    },
    {
      id: 'authorize',
      text: 'Save this connection and authorize it: the store owner installs the app (a draft app is under **Apps › My Apps › My Draft Apps**) and BigCommerce then calls the redirect URL.',
      produces: [],
    },
  ],
  olderSteps: [
    'Sign in to the BigCommerce Developer Portal.',
    'Under My Apps, click Create an app.',
    'Give the app a name and click Create.',
    'Paste the redirect URL as the Auth Callback URL.',
    'Click Update & Close.',
    'Click View Client ID.',
    'Copy the Client ID into Client ID.',
    'Copy the Client Secret into Client secret.',
  ],
  olderNote:
    'On these screens the callback URLs and OAuth scopes are on the **Technical** tab: paste the redirect URL into **Auth Callback URL**, set the scopes, then click **Update & Close** and **Confirm Update**. **View Client ID** is the padlock icon under **My Apps**.',
};
