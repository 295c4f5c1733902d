// The labels are the field set's own (docs/decisions/own-words.md); the help texts are this
// product's words, true of what the form shows. helpTexts.test.tsx checks that they name no other
// product and no control the form does not have: name a control in "double quotes", exactly.
export const storeHashHelp =
  'The short code BigCommerce gives your store. It is the part after /stores/ in an API account\'s API path (in https://api.bigcommerce.com/stores/abc123/v3/ it is abc123), and the part after store- in the address of the store\'s control panel. You can paste either address: the field keeps only the hash.';

export const fieldText = {
  name: {
    label: 'Name your connection',
    help: 'A name that tells this connection apart from your others, for example the store and what it is for. The list of connections shows it, and no two connections can share one.',
  },
  authType: {
    label: 'Auth type',
    help: 'How this connection signs in to BigCommerce. OAuth 2.0: an app of yours that the store owner installs. Token or Basic: the credentials of a store-level API account.',
  },
  storeHash: { label: 'Store hash', help: storeHashHelp },
  oauthClientId: {
    label: 'OAuth 2.0 client',
    help: 'The client ID and client secret of your BigCommerce app, saved here once as an OAuth 2.0 client. Choose a saved one, add your app\'s with "Create OAuth 2.0 client", or change the chosen one with "Edit OAuth 2.0 client".',
  },
  scopes: {
    label: 'Scopes',
    help: 'What this connection may do in the store: for each resource, None or one of its levels, most often Read-only or Modify. The store owner approves these when installing the app; choose only what your integrations need.',
  },
  redirectUrl: {
    label: 'Redirect URL',
    help: 'Where BigCommerce sends the store owner back after approving the app. Paste it into your app\'s Auth callback URL in the BigCommerce Developer Portal.',
  },
  username: {
    label: 'Username',
    help: 'The client ID of a store-level API account (in the store\'s control panel, Settings › Store-level API accounts).',
  },
  password: {
    label: 'Password',
    help: 'The access token of that same API account. It is stored encrypted (AES-256-GCM) when you save and never shown again: when you edit this connection, enter it again.',
  },
  accessToken: {
    label: 'Access token',
    help: 'The access token BigCommerce shows once when a store-level API account is created (Settings › Store-level API accounts), also in the .txt file it downloads. It is stored encrypted (AES-256-GCM) when you save and never shown again: when you edit this connection, enter it again.',
  },
  clientId: {
    label: 'Client ID',
    help: 'The client ID of the same API account, shown beside its access token and in the .txt file.',
  },
} as const;

export type FieldName = keyof typeof fieldText;

export const authTypeOptions = [
  { value: 'oauth2', label: 'OAuth 2.0', description: 'Authorize an app of yours on the store; BigCommerce issues the token.' },
  { value: 'basic', label: 'Basic', description: 'Client ID as username and access token as password, for older setups.' },
  { value: 'token', label: 'Token', description: 'The access token and client ID of a store-level API account.' },
] as const;

export const oauthClientText = {
  name: { label: 'Name', help: 'A name you will recognise this OAuth 2.0 client by.' },
  clientId: { label: 'Client ID', help: 'The Client ID that BigCommerce shows for your app in the Developer Portal.' },
  clientSecret: { label: 'Client secret', help: 'The Client Secret that BigCommerce shows beside the Client ID. It is stored encrypted and never shown again: when you edit this client, enter it again.' },
} as const;
