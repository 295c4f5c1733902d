import { OneTimeSecret } from '../../ui/OneTimeSecret';
import type { WebhookWithSecret } from './api/rotateWebhookSecret';
import secretStyles from '../../ui/OneTimeSecret.module.css';
import pageStyles from '../../ui/Page.module.css';
import styles from './WebhooksPage.module.css';

export interface SecretNoticeProps {
  shown: WebhookWithSecret;
  /** After a rotation: says that the old secret no longer signs. */
  rotated: boolean;
  /** "Done": the caller forgets the secret, and it leaves the page. */
  onDone: () => void;
}

const verifyExample = `import { Webhook } from 'standardwebhooks';

// rawBody: the request's body exactly as received (a string), before any JSON parsing.
const event = new Webhook(process.env.WEBHOOK_SECRET).verify(rawBody, headers);`;

/** An endpoint's signing secret, this once (after adding it, or rotating its secret): copy it, then Done. */
export function SecretNotice({ shown, rotated, onDone }: SecretNoticeProps) {
  return (
    <OneTimeSecret
      headingId="webhook-secret-heading"
      title={rotated ? 'New signing secret' : 'Endpoint added: its signing secret'}
      intro={
        <p>
          For <span className={styles.url}>{shown.webhook.url}</span>.
          {rotated && ' The old secret no longer signs: every event from now on is signed with this one.'}
        </p>
      }
      warning={
        <>
          <strong>Copy the secret now: it will not be shown again.</strong> The server keeps it encrypted and shows only its
          last four characters. If it is lost, rotate it to get a new one.
        </>
      }
      label="Secret"
      secret={shown.secret}
      copyLabel="Copy the secret"
      copiedMessage="Secret copied"
      onDone={onDone}
    >
      <h3 className={pageStyles.subTitle}>Verify each event</h3>
      <p>
        Every request carries the headers <code>webhook-id</code>, <code>webhook-timestamp</code> and{' '}
        <code>webhook-signature</code> (the Standard Webhooks specification). Keep the secret in your receiver, for example
        as <code>WEBHOOK_SECRET</code>, and check each request with the <code>standardwebhooks</code> package before you
        trust it: <code>verify</code> throws when the signature does not match or the timestamp is too old.
      </p>
      <pre className={secretStyles.code}>
        <code>{verifyExample}</code>
      </pre>
    </OneTimeSecret>
  );
}
