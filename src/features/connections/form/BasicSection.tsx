import { fieldText } from '../schema/plain';
import type { ConnectionFormValues } from '../schema';
import { LazyApiAccountImport } from './lazyParts';
import type { SectionProps } from './sections.types';
import { StoreHashField } from './StoreHashField';
import { SecretField, TextField } from './TextField';

/** Basic: username (the client ID), password (the access token), store hash. */
export function BasicSection({ secretStored }: SectionProps) {
  return (
    <div data-auth-type="basic">
      {/* Its own chunk (lazyParts.ts): AuthSection shows the section once it is here. */}
      <LazyApiAccountImport authType="basic" />
      <TextField<ConnectionFormValues>
        name="username"
        label={fieldText.username.label}
        help={fieldText.username.help}
        required
        inputProps={{ autoComplete: 'off', autoCapitalize: 'off', spellCheck: false }}
      />
      <SecretField<ConnectionFormValues>
        name="password"
        label={fieldText.password.label}
        help={fieldText.password.help}
        required
        storedNote={secretStored ? 'A password is stored for this connection. It is never shown: enter it again to save your changes.' : undefined}
      />
      <StoreHashField />
    </div>
  );
}
