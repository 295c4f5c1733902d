import { authorize, createOAuthConnection, recordIssuedTokens } from './oauthTesting';
import { backendDeps, basicInput, clientInput, dumpAllDatabases, dumpDatabase, secrets, send, tokenInput, tokenTestInput, setupMockBackend } from './testing';

setupMockBackend();

const allSecrets = Object.values(secrets);

function expectNoSecret(text: string) {
  for (const secret of allSecrets) expect(text).not.toContain(secret);
}

describe('secrets', () => {
  it('never appear in a response body', async () => {
    const bodies: string[] = [];
    const record = async (response: Response) => {
      const text = await response.text();
      bodies.push(text);
      return text ? (JSON.parse(text) as { id?: string }) : {};
    };
    const basic = await record(await send('POST', '/connections', basicInput()));
    const token = await record(await send('POST', '/connections', tokenInput()));
    const client = await record(await send('POST', '/oauth-clients', clientInput()));
    await record(await send('PUT', `/connections/${basic.id}`, basicInput()));
    await record(await send('PUT', `/connections/${token.id}`, tokenInput()));
    await record(await send('PUT', `/oauth-clients/${client.id}`, clientInput()));
    await record(await send('GET', `/connections/${basic.id}`));
    await record(await send('GET', '/connections'));
    await record(await send('GET', '/oauth-clients'));

    expect(bodies).toHaveLength(9);
    expect(bodies.join('\n')).toContain('"set":true');
    expectNoSecret(bodies.join('\n'));
    expect(bodies.join('\n')).not.toMatch(/ciphertext|"iv"/);
  });

  it('are stored only encrypted, and decrypt to what was sent', async () => {
    const basic = (await (await send('POST', '/connections', basicInput())).json()) as { id: string };
    const token = (await (await send('POST', '/connections', tokenInput())).json()) as { id: string };
    const client = (await (await send('POST', '/oauth-clients', clientInput())).json()) as { id: string };

    const dump = await dumpDatabase();
    expect(dump).toContain('"ciphertext":"');
    expectNoSecret(dump);
    expect(dump).not.toContain('s3cr3t0f7h3d3m0app9x8c7v6b5n4m2');

    const { connections, oauthClients, cipher } = backendDeps();
    const decryptSecret = cipher.decrypt.bind(cipher);
    const storedBasic = await connections.find(basic.id);
    const storedToken = await connections.find(token.id);
    const storedClient = await oauthClients.find(client.id);
    expect(storedBasic?.authType === 'basic' && (await decryptSecret(storedBasic.password, { record: `connection:${basic.id}`, field: 'password' }))).toBe(secrets.password);
    expect(storedToken?.authType === 'token' && (await decryptSecret(storedToken.accessToken, { record: `connection:${token.id}`, field: 'accessToken' }))).toBe(secrets.accessToken);
    expect(storedClient && (await decryptSecret(storedClient.clientSecret, { record: `oauthClient:${client.id}`, field: 'clientSecret' }))).toBe(secrets.clientSecret);
  });

  it('include OAuth 2.0 tokens: never in a response or the callback page, never in clear in any database', async () => {
    const tokens = recordIssuedTokens();
    const bodies: string[] = [];
    const record = async (response: Response) => {
      bodies.push(await response.text());
    };
    const connection = await createOAuthConnection();
    bodies.push((await authorize(connection.id)).body);
    await record(await send('POST', `/connections/${connection.id}/test`));
    await record(await send('GET', `/connections/${connection.id}`));
    await record(await send('GET', '/connections'));
    await record(await send('POST', '/connections/test', tokenTestInput({ accessToken: secrets.accessToken })));

    expect(tokens).toHaveLength(1);
    expect(bodies.join('\n')).toContain('"authorization":');
    for (const text of [bodies.join('\n'), await dumpAllDatabases()]) {
      expect(text).not.toContain(tokens[0]);
      expectNoSecret(text);
    }
    expect(await dumpAllDatabases()).toContain('"tokenHash":"');
  });
});
