import { describe, expect, it } from 'vitest';
import { credentialMixupWarnings, looksLikeAccessToken, looksLikeClientId, redirectUrlWarning } from './credentialWarnings';
import { guideWarnings } from '../view/guideWarnings';

const clientId = 'm8e1mkkmjw2xjinydqz7ie05to1y2nk';
const token = 'k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s';
const labels = { clientId: 'Client ID', accessToken: 'Access token' };

describe('looksLikeAccessToken / looksLikeClientId', () => {
  it.each([
    [`ACCESS TOKEN: ${token}`, true, false],
    [`access_token:${token}`, true, false],
    [`Bearer ${token}`, true, false],
    [`X-Auth-Token: ${token}`, true, false],
    [`CLIENT ID: ${clientId}`, false, true],
    [`X-Auth-Client: ${clientId}`, false, true],
    // Bare values: the formats are alike, so shape alone never decides.
    [token, false, false],
    [clientId, false, false],
    ['', false, false],
  ])('%j: token %s, client ID %s', (value, token, id) => {
    expect(looksLikeAccessToken(value)).toBe(token);
    expect(looksLikeClientId(value)).toBe(id);
  });
});

describe('credentialMixupWarnings', () => {
  it('says nothing for two different bare values', () => {
    expect(credentialMixupWarnings({ clientId, accessToken: token }, labels)).toEqual([]);
  });

  it('flags the same value in both fields', () => {
    const [warning] = credentialMixupWarnings({ clientId, accessToken: ` ${clientId} ` }, labels);
    expect(warning).toMatch(/Client ID and Access token hold the same value/);
  });

  it('flags a labelled token in the client ID field and the reverse', () => {
    const warnings = credentialMixupWarnings(
      { clientId: `ACCESS TOKEN: ${token}`, accessToken: `CLIENT ID: ${clientId}` },
      labels,
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^Client ID looks like an access token/),
      expect.stringMatching(/^Access token looks like a client ID/),
    ]);
  });
});

describe('redirectUrlWarning', () => {
  it.each([
    ['', undefined],
    ['https://app.example.com/connection/oauth2callback', undefined],
    ['http://localhost:5173/connection/oauth2callback', undefined],
    ['http://127.0.0.1:4173/cb', undefined],
    ['http://app.localhost/cb', undefined],
  ])('accepts %j', (url, expected) => {
    expect(redirectUrlWarning(url)).toBe(expected);
  });

  it.each([
    ['http://app.example.com/cb', /starts with http:\/\/.*only HTTPS/],
    ['http://192.168.1.5/cb', /starts with http:\/\//],
    ['not a url', /not a complete web address/],
  ])('warns about %j', (url, message) => {
    expect(redirectUrlWarning(url)).toMatch(message);
  });
});

describe('guideWarnings', () => {
  it('names the fields of the auth type in use', () => {
    const same = { redirectUrl: '', clientId, accessToken: clientId };
    expect(guideWarnings({ ...same, authType: 'basic' })[0]).toMatch(/^Username and Password/);
    expect(guideWarnings({ ...same, authType: 'token' })[0]).toMatch(/^Client ID and Access token/);
    expect(guideWarnings({ ...same, authType: 'oauth2' })).toEqual([]);
  });

  it('checks the redirect URL only for OAuth 2.0', () => {
    expect(guideWarnings({ authType: 'oauth2', redirectUrl: 'http://example.com/cb' })).toHaveLength(1);
    expect(guideWarnings({ authType: 'token', redirectUrl: 'http://example.com/cb' })).toEqual([]);
  });
});
