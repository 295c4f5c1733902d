import { fieldText } from '../schema/plain';
import type { ConnectionFormValues } from '../schema';
import { LazyApiAccountImport } from './lazyParts';
import type { SectionProps } from './sections.types';
import { StoreHashField } from './StoreHashField';
import { SecretField, TextField } from './TextField';

/** Token: access token, client ID, store hash. */
export function TokenSection({ secretStored }: SectionProps) {
  return (
    <div data-auth-type="token">
      {/* Its own chunk (lazyParts.ts): AuthSection shows the section once it is here. */}
      <LazyApiAccountImport authType="token" />
      <SecretField<ConnectionFormValues>
        name="accessToken"
        label={fieldText.accessToken.label}
        help={fieldText.accessToken.help}
        required
        storedNote={secretStored ? 'An access token is stored for this connection. It is never shown: enter it again to save your changes.' : undefined}
      />
      <TextField<ConnectionFormValues>
        name="clientId"
        label={fieldText.clientId.label}
        help={fieldText.clientId.help}
        required
        inputProps={{ autoComplete: 'off', autoCapitalize: 'off', spellCheck: false }}
      />
      <StoreHashField />
    </div>
  );
}
