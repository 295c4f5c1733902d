// Labels and help texts, exactly as the integrator.io page words them (../shared/seed/).
export const storeHashHelp =
  'Enter your BigCommerce account store hash. For example, if your account URL is https://api.bigcommerce.com/stores/123456/, then 123456 is your store hash.';

export const fieldText = {
  name: {
    label: 'Name your connection',
    help: 'Enter a clear and distinguishable name. Throughout integrator.io imports and exports, you will have the option to choose this new connection. A unique identifier will prove helpful later when selecting it from a list of the connections in your account.',
  },
  authType: {
    label: 'Auth type',
    help: 'Select your BigCommerce account authentication type either OAuth 2.0, or Token.',
  },
  storeHash: { label: 'Store hash', help: storeHashHelp },
  oauthClientId: {
    label: 'OAuth 2.0 client',
    help: 'Select the OAuth 2.0 client that stores the client ID and client secret provided to you by BigCommerce. To add an OAuth 2.0 client and configure your credentials, click the plus (+) button. Click the edit button to modify a selected OAuth 2.0 client.',
  },
  scopes: {
    label: 'Scopes',
    help: 'Scopes are OAuth 2.0 permissions that BigCommerce defines to limit access to your account.',
  },
  redirectUrl: {
    label: 'Redirect URL',
    help: 'Copy the integrator.io callback URL to provide directions to BigCommerce for where to go after authentication. (This URL should be whitelisted with the authorization server.)',
  },
  username: {
    label: 'Username',
    help: 'Enter your BigCommerce account client ID as the username.',
  },
  password: {
    label: 'Password',
    help: 'Enter you BigCommerce account access token as the password. Multiple layers of protection are in place, including AES 256 encryption, to keep your connection’s password safe. When editing this form later, you must enter this token again; it is stored only when the connection is saved and never displayed as text.',
  },
  accessToken: {
    label: 'Access token',
    help: 'Enter your BigCommerce account access token. Multiple layers of protection are in place, including AES 256 encryption, to keep your connection’s access token safe. When editing this form later, you must enter this token again; it is stored only when the connection is saved and never displayed as text.',
  },
  clientId: {
    label: 'Client ID',
    help: 'Enter your BigCommerce account client ID.',
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
  clientSecret: { label: 'Client secret', help: 'The Client Secret that BigCommerce shows for your app. It is stored encrypted and never displayed again.' },
} as const;
