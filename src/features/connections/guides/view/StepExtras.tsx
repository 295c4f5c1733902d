import type { ReactNode } from 'react';
import { CopyButton } from './CopyButton';
import { ExternalLink } from './ExternalLink';
import { developerPortalUrl, storeApiAccountsUrl, storeControlPanelUrl, storeSite, usableStoreHash } from '../data/links';
import { RichText } from './RichText';
import { scopeLabel } from '../data/scopeLabels';
import styles from './SetupGuide.module.css';
import { textOf, type GuideLinkTarget, type StepContext, type StepExtra } from '../data/types';

export type RenderCopy = (value: string, label: string) => ReactNode;

interface StepExtrasProps {
  extras: readonly StepExtra[];
  context: StepContext;
  renderCopy?: RenderCopy;
  importControl?: ReactNode;
}

export function StepExtras({ extras, context, renderCopy, importControl }: StepExtrasProps) {
  const rendered = extras.map((extra, index) => {
    const content = renderExtra(extra, context, renderCopy, importControl);
    return content ? <div key={index}>{content}</div> : null;
  });
  return rendered.some(Boolean) ? <div className={styles.extras}>{rendered}</div> : null;
}

function renderExtra(extra: StepExtra, context: StepContext, renderCopy?: RenderCopy, importControl?: ReactNode) {
  switch (extra.kind) {
    case 'link':
      return <GuideLink to={extra.to} storeHash={context.storeHash} />;
    case 'redirectUrl':
      return <RedirectUrl url={context.redirectUrl} renderCopy={renderCopy} />;
    case 'scopes':
      return <ChosenScopes scopes={context.scopes} />;
    case 'importControl':
      return importControl ?? null;
    case 'note':
      return (
        <p className={styles.note}>
          <RichText text={textOf(extra.text, context)} />
        </p>
      );
  }
}

function GuideLink({ to, storeHash }: { to: GuideLinkTarget; storeHash?: string }) {
  if (to === 'developerPortal') return <ExternalLink href={developerPortalUrl}>Open the Developer Portal</ExternalLink>;
  const hash = usableStoreHash(storeHash);
  if (!hash) return null;
  const site = storeSite();
  const apiAccounts = to === 'storeApiAccounts';
  const href = apiAccounts ? storeApiAccountsUrl(hash, site) : storeControlPanelUrl(hash, site);
  if (!href) {
    return (
      <p className={styles.note}>
        This demo&apos;s stores are simulated, so store {hash} has no control panel to open.
        {apiAccounts && ' The README lists their API accounts under The demo data.'}
      </p>
    );
  }
  const where = site.kind === 'simulator' ? ' in the BigCommerce simulator' : '';
  return (
    <ExternalLink href={href}>
      Open the {apiAccounts ? 'API accounts' : 'control panel'} of store {hash}
      {where}
    </ExternalLink>
  );
}

function RedirectUrl({ url, renderCopy }: { url: string; renderCopy?: RenderCopy }) {
  if (!url) return <p className={styles.note}>The redirect URL appears here once the form has one.</p>;
  return (
    <div className={styles.copyRow}>
      <code className={styles.value}>{url}</code>
      {renderCopy ? renderCopy(url, 'redirect URL') : <CopyButton value={url} label="redirect URL" />}
    </div>
  );
}

function ChosenScopes({ scopes }: { scopes: readonly string[] }) {
  if (scopes.length === 0) return <p className={styles.note}>No scopes chosen in the form yet.</p>;
  return (
    <ul className={styles.scopes} aria-label="Scopes chosen in the form">
      {scopes.map((scope) => {
        const { resource, level } = scopeLabel(scope);
        return (
          <li key={scope}>
            <strong>{resource}</strong>
            {level ? `: ${level}` : ''}
          </li>
        );
      })}
    </ul>
  );
}
