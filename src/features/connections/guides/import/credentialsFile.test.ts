import { describe, expect, it } from 'vitest';
import { credentialsFileErrors, parseCredentialsFile } from './credentialsFile';

const token = 'k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s';
const clientId = 'm8e1mkkmjw2xjinydqz7ie05to1y2nk';
const secret = '3f9a1c7e5b2d8f4a6c0e9b7d5f3a1c8e';

const standard = [
  `ACCESS TOKEN: ${token}`,
  'CLIENT NAME: Connection wizard',
  'API PATH: https://api.bigcommerce.com/stores/et7xe3pz/v3/',
  `CLIENT ID: ${clientId}`,
  `CLIENT SECRET: ${secret}`,
].join('\n');

const full = {
  accessToken: token,
  clientName: 'Connection wizard',
  apiPath: 'https://api.bigcommerce.com/stores/et7xe3pz/v3/',
  storeHash: 'et7xe3pz',
  clientId,
  clientSecret: secret,
};

describe('parseCredentialsFile: good files', () => {
  it.each([
    ['the file as BigCommerce writes it', standard, full],
    ['CRLF line ends', standard.replace(/\n/g, '\r\n'), full],
    ['old Mac CR line ends', standard.replace(/\n/g, '\r'), full],
    ['a byte-order mark', `\uFEFF${standard}`, full],
    ['lower-case labels', standard.replace(/^[A-Z ]+:/gm, (label) => label.toLowerCase()), full],
    ['extra spaces around labels and values', standard.replace(/: /g, '   :   ').replace(/^/gm, '  ').replace(/$/gm, ' \t'), full],
    ['blank and extra lines', `Your credentials\n\n${standard}\n\nKeep this file safe.\nCREATED: 2024-05-01\n`, full],
    ['a NAME line as well', `${standard}\nNAME: Connection wizard`, full],
    ['a NAME line only', standard.replace('CLIENT NAME:', 'NAME:'), full],
    ['underscored labels', standard.replace('ACCESS TOKEN', 'ACCESS_TOKEN').replace('CLIENT ID', 'CLIENT_ID'), full],
    ['only the access token', `ACCESS TOKEN: ${token}`, { accessToken: token }],
    ['only the client ID', `CLIENT ID: ${clientId}`, { clientId }],
    [
      'an API path without the store hash pattern',
      `ACCESS TOKEN: ${token}\nAPI PATH: https://example.com/v3/`,
      { accessToken: token, apiPath: 'https://example.com/v3/' },
    ],
  ])('reads %s', (_, text, expected) => {
    expect(parseCredentialsFile(text)).toEqual({ ok: true, value: expected });
  });

  it('prefers CLIENT NAME to NAME, wherever they stand', () => {
    const result = parseCredentialsFile(`NAME: other\n${standard}`);
    expect(result).toEqual({ ok: true, value: full });
  });

  it('keeps the first non-empty value when a label repeats', () => {
    const result = parseCredentialsFile(`CLIENT ID:\nCLIENT ID: ${clientId}\nCLIENT ID: other`);
    expect(result).toEqual({ ok: true, value: { clientId } });
  });
});

describe('parseCredentialsFile: bad files', () => {
  it.each([
    ['an empty file', '', credentialsFileErrors.empty],
    ['white space only', ' \r\n\t\n', credentialsFileErrors.empty],
    ['a byte-order mark only', '\uFEFF', credentialsFileErrors.empty],
    ['a JSON file', JSON.stringify({ access_token: token, client_id: clientId }, null, 2), credentialsFileErrors.noLabels],
    ['prose', 'Hello,\nhere are the details you asked for.', credentialsFileErrors.noLabels],
    ['a binary-ish string', 'PK\u0003\u0004\u0014\u0000\b\u0000ACCESS TOKEN: x', credentialsFileErrors.notText],
    ['invalid UTF-8 decoded', '\uFFFD\uFFFDPNG\r\n', credentialsFileErrors.notText],
    ['labels but no token or client ID', 'CLIENT NAME: shop\nCLIENT SECRET: abc\nAPI PATH: https://api.bigcommerce.com/stores/abc/v3/', credentialsFileErrors.noCredentials],
    ['a missing token and an empty client ID', 'CLIENT NAME: shop\nCLIENT ID:   ', credentialsFileErrors.noCredentials],
    ['labels that only resemble ours', 'constructor: x\ntoString: y\n__proto__: z', credentialsFileErrors.noLabels],
  ])('rejects %s', (_, text, error) => {
    expect(parseCredentialsFile(text)).toEqual({ ok: false, error });
  });

  it('says what a good file looks like', () => {
    for (const error of Object.values(credentialsFileErrors)) {
      expect(error).toContain('ACCESS TOKEN:');
      expect(error).toContain('CLIENT ID:');
      expect(error).toContain('API PATH: https://api.bigcommerce.com/stores/');
    }
  });
});
