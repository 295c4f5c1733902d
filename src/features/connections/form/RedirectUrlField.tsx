import { CopyButton } from '../../../ui/CopyButton';
import { Field } from '../../../ui/Field';
import { fieldText } from '../schema/plain';
import { fieldId } from './formModel';
import styles from './ConnectionForm.module.css';

/**
 * Where BigCommerce sends the person back: PUBLIC_URL's, when the server says it in the page
 * (server/http/staticApp.ts; it may differ from the address this page was opened at), else this
 * page's own origin.
 */
export function redirectUrl(): string {
  const publicUrl = document.querySelector<HTMLMetaElement>('meta[name="bc-public-url"]')?.content;
  return `${publicUrl || window.location.origin}/oauth/callback`;
}

/** "Redirect URL": read-only, with "Copy redirect URL". Not a form value: the backend knows it. */
export function RedirectUrlField() {
  const url = redirectUrl();
  return (
    <Field id={fieldId('redirectUrl')} label={fieldText.redirectUrl.label} help={fieldText.redirectUrl.help}>
      {(control) => (
        <div className={styles.inline}>
          <input type="text" readOnly value={url} {...control} className={styles.grow} />
          <CopyButton text={url} label="Copy redirect URL" />
        </div>
      )}
    </Field>
  );
}
