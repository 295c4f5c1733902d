import { describe, expect, it } from 'vitest';
import { credentialsImport } from './credentialsImport';

const file = {
  accessToken: 'k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s',
  clientName: 'Connection wizard',
  apiPath: 'https://api.bigcommerce.com/stores/et7xe3pz/v3/',
  storeHash: 'et7xe3pz',
  clientId: 'm8e1mkkmjw2xjinydqz7ie05to1y2nk',
  clientSecret: '3f9a1c7e5b2d8f4a6c0e9b7d5f3a1c8e',
};

describe('credentialsImport', () => {
  it('Token: access token, client ID and store hash, in page order', () => {
    const result = credentialsImport('token', file);
    expect(result.values).toEqual([
      { field: 'accessToken', value: file.accessToken },
      { field: 'clientId', value: file.clientId },
      { field: 'storeHash', value: 'et7xe3pz' },
    ]);
    expect(result.outcome).toEqual({ filled: 'Filled Access token, Client ID and Store hash from the file.' });
  });

  it('Basic: the client ID as username, the access token as password', () => {
    const result = credentialsImport('basic', file);
    expect(result.values).toEqual([
      { field: 'username', value: file.clientId },
      { field: 'password', value: file.accessToken },
      { field: 'storeHash', value: 'et7xe3pz' },
    ]);
    expect(result.outcome).toEqual({ filled: 'Filled Username, Password and Store hash from the file.' });
  });

  it('OAuth 2.0 client: client ID and client secret, nothing else', () => {
    const result = credentialsImport('oauthClient', file);
    expect(result.values).toEqual([
      { field: 'clientId', value: file.clientId },
      { field: 'clientSecret', value: file.clientSecret },
    ]);
    expect(result.outcome).toEqual({ filled: 'Filled Client ID and Client secret from the file.' });
  });

  it('says which lines the file lacks, and what to enter by hand', () => {
    const result = credentialsImport('token', { accessToken: file.accessToken });
    expect(result.values).toEqual([{ field: 'accessToken', value: file.accessToken }]);
    expect(result.outcome).toEqual({
      filled: 'Filled Access token from the file. It has no CLIENT ID or API PATH line: enter Client ID and Store hash yourself.',
    });
  });

  it('fills nothing and says why when the file has nothing for the target', () => {
    const result = credentialsImport('oauthClient', { accessToken: file.accessToken });
    expect(result.values).toEqual([]);
    expect(result.outcome).toEqual({ error: 'The file has no CLIENT ID or CLIENT SECRET line with a value, so nothing was filled.' });
  });

  it('never puts a value in what it says', () => {
    for (const target of ['token', 'basic', 'oauthClient'] as const) {
      const said = JSON.stringify(credentialsImport(target, file).outcome);
      for (const value of [file.accessToken, file.clientId, file.clientSecret]) expect(said).not.toContain(value);
    }
  });
});
