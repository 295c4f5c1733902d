import { useFormContext, type FieldPath, type PathValue } from 'react-hook-form';
import { ImportCredentials, type CredentialsFileValues } from '../index';
import type { ConnectionFormValues, OAuthClientFormValues } from '../../schema';
import { credentialsImport, type ImportTarget } from './credentialsImport';
import styles from './CredentialsFileImport.module.css';

/**
 * "Import credentials file" for the surrounding form: fills what BigCommerce's .txt file holds,
 * validated and marked dirty like typing would, and says which fields it filled. Nothing of the
 * file is kept: its values go straight into the form's fields.
 */
function CredentialsFileImport<T extends ConnectionFormValues | OAuthClientFormValues>({ target }: { target: ImportTarget }) {
  const { setValue } = useFormContext<T>();
  const onImport = (file: CredentialsFileValues) => {
    const { values, outcome } = credentialsImport(target, file);
    for (const { field, value } of values) {
      setValue(field as FieldPath<T>, value as PathValue<T, FieldPath<T>>, { shouldValidate: true, shouldDirty: true });
    }
    return outcome;
  };
  return (
    <div className={styles.import}>
      <ImportCredentials onImport={onImport} />
    </div>
  );
}

/** At the top of the Token and Basic sections. */
export function ApiAccountImport({ authType }: { authType: 'token' | 'basic' }) {
  return <CredentialsFileImport<ConnectionFormValues> target={authType} />;
}

/** In the OAuth 2.0 client dialog: fills Client ID and Client secret. */
export function OAuthClientImport() {
  return <CredentialsFileImport<OAuthClientFormValues> target="oauthClient" />;
}
