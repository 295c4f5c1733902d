import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { credentialsFileErrors } from './credentialsFile';
import { ImportCredentials } from './ImportCredentials';

const goodFile = [
  'ACCESS TOKEN: k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s',
  'CLIENT NAME: Connection wizard',
  'API PATH: https://api.bigcommerce.com/stores/et7xe3pz/v3/',
  'CLIENT ID: m8e1mkkmjw2xjinydqz7ie05to1y2nk',
  'CLIENT SECRET: 3f9a1c7e5b2d8f4a6c0e9b7d5f3a1c8e',
].join('\r\n');

const imported = {
  accessToken: 'k9x2m4p7q1w8e5r3t6y0u2i4o6p8a1s',
  clientName: 'Connection wizard',
  apiPath: 'https://api.bigcommerce.com/stores/et7xe3pz/v3/',
  storeHash: 'et7xe3pz',
  clientId: 'm8e1mkkmjw2xjinydqz7ie05to1y2nk',
  clientSecret: '3f9a1c7e5b2d8f4a6c0e9b7d5f3a1c8e',
};

const textFile = (text: string, name = 'api-credentials.txt') => new File([text], name, { type: 'text/plain' });

function setup() {
  const onImport = vi.fn();
  const user = userEvent.setup();
  render(<ImportCredentials onImport={onImport} />);
  const input = screen.getByLabelText('Import credentials file') as HTMLInputElement;
  return { onImport, user, input };
}

describe('ImportCredentials', () => {
  it('imports an uploaded file and clears the file input', async () => {
    const { onImport, user, input } = setup();
    expect(input).toHaveAttribute('type', 'file');
    await user.upload(input, textFile(goodFile));

    await waitFor(() => expect(onImport).toHaveBeenCalledWith(imported));
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Read access token, client ID, store hash from the file.');
    expect(input.value).toBe('');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(imported.accessToken);
  });

  it('shows an error for a bad file and imports nothing', async () => {
    const { onImport, user, input } = setup();
    await user.upload(input, textFile('{ "access_token": "abc", "client_id": "def" }', 'credentials.txt'));

    expect(await screen.findByRole('alert')).toHaveTextContent(/This is not a BigCommerce credentials file/);
    expect(screen.getByRole('alert')).toHaveTextContent('ACCESS TOKEN:');
    expect(onImport).not.toHaveBeenCalled();
    expect(input.value).toBe('');
  });

  it('shows an error for a file without token or client ID, then clears it on a good file', async () => {
    const { onImport, user, input } = setup();
    await user.upload(input, textFile('CLIENT NAME: shop\nCLIENT SECRET: abc'));
    expect(await screen.findByRole('alert')).toHaveTextContent(credentialsFileErrors.noCredentials.split('.')[0]!);

    await user.upload(input, textFile(goodFile));
    await waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file far too large to be a credentials file', async () => {
    const { onImport, user, input } = setup();
    await user.upload(input, textFile(`${goodFile}\n${'x'.repeat(70_000)}`));
    expect(await screen.findByRole('alert')).toHaveTextContent(/too large/);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports pasted text without keeping it in the paste box', async () => {
    const { onImport, user } = setup();
    const box = screen.getByRole('textbox', { name: "Paste the credentials file's text" });
    await user.click(box);
    await user.paste(goodFile);

    expect(onImport).toHaveBeenCalledWith(imported);
    expect(box).toHaveValue('');
  });

  it('shows an error for pasted text that is not a credentials file', async () => {
    const { onImport, user } = setup();
    await user.click(screen.getByRole('textbox', { name: "Paste the credentials file's text" }));
    await user.paste('hello');
    expect(screen.getByRole('alert')).toHaveTextContent(/not a BigCommerce credentials file/);
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a file dropped onto the zone', async () => {
    const { onImport, input } = setup();
    const zone = input.parentElement as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [textFile(goodFile)], getData: () => '' } });
    await waitFor(() => expect(onImport).toHaveBeenCalledWith(imported));
  });
});

describe('ImportCredentials: what the caller did', () => {
  it('says what the caller filled, in its words', async () => {
    const user = userEvent.setup();
    render(<ImportCredentials onImport={() => ({ filled: 'Filled Access token and Client ID from the file.' })} />);
    await user.upload(screen.getByLabelText('Import credentials file'), textFile(goodFile));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Filled Access token and Client ID from the file.'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("shows the caller's refusal as the error, with no status", async () => {
    const user = userEvent.setup();
    render(<ImportCredentials onImport={() => ({ error: 'The file has no CLIENT ID line.' })} />);
    await user.upload(screen.getByLabelText('Import credentials file'), textFile(goodFile));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file has no CLIENT ID line.');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
