import { useMemo, useState, type ReactNode } from 'react';
import type { AuthType } from '../../schema';
import { ChoiceList } from './ChoiceList';
import { guideFor } from '../data';
import { GuideStepList } from './GuideStepList';
import { GuideWarnings } from './GuideWarnings';
import { guideWarnings } from './guideWarnings';
import { isNarrowScreen } from './narrowScreen';
import { OlderSteps } from './OlderSteps';
import { RichText } from './RichText';
import type { RenderCopy } from './StepExtras';
import styles from './SetupGuide.module.css';
import { textOf, type StepContext } from '../data/types';
import { useGuideProgress, type GuideProgress } from './useGuideProgress';

export interface SetupGuideProps {
  authType?: AuthType;
  /** The form field that has focus; the step that produces its value becomes current. */
  activeField?: string;
  redirectUrl: string;
  scopes: readonly string[];
  storeHash?: string;
  /** Client ID (Basic: username) and access token (Basic: password), only for the warnings; never rendered. */
  clientId?: string;
  accessToken?: string;
  /** The warnings, when the caller works them out itself (then clientId and accessToken are not needed). */
  warnings?: readonly string[];
  /** From useGuideProgress() in the panel, so ticks last while the panel is open; else the guide keeps its own. */
  progress?: GuideProgress;
  /** The app's copy button; without it a minimal local one is used. */
  renderCopy?: RenderCopy;
  /** Shown in the step where BigCommerce downloads the credentials file, e.g. <ImportCredentials />. */
  importControl?: ReactNode;
  /** An aside beside the form (the default), or a section of the panel when it stands inside it (a narrow screen). */
  landmark?: 'aside' | 'section';
}

// On a narrow screen the guide starts collapsed so the form stays near the top.
function startsOpen(): boolean {
  return !isNarrowScreen();
}

export function SetupGuide(props: SetupGuideProps) {
  const { authType, activeField, redirectUrl, scopes, storeHash, clientId, accessToken } = props;
  const ownProgress = useGuideProgress();
  const progress = props.progress ?? ownProgress;
  const [open, setOpen] = useState(startsOpen);
  const guide = guideFor(authType);
  // One object while its values stay the same, so the memoised steps can skip re-rendering.
  const context = useMemo<StepContext>(() => ({ authType, redirectUrl, scopes, storeHash }), [authType, redirectUrl, scopes, storeHash]);
  const warnings = props.warnings ?? guideWarnings({ authType, redirectUrl, clientId, accessToken });

  const Landmark = props.landmark ?? 'aside';
  return (
    <Landmark className={styles.guide} aria-label="Setup guide">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className={styles.summary}>Setup guide</summary>
        <div className={styles.body}>
          <h2 className={styles.title}>{guide.title}</h2>
          <p className={styles.intro}>
            <RichText text={textOf(guide.intro, context)} />
          </p>
          <GuideWarnings warnings={warnings} />
          {guide.kind === 'choices' ? (
            <ChoiceList guide={guide} context={context} />
          ) : (
            <GuideStepList
              key={guide.id}
              guide={guide}
              context={context}
              progress={progress}
              activeField={activeField}
              renderCopy={props.renderCopy}
              importControl={props.importControl}
            />
          )}
          <OlderSteps guide={guide} />
        </div>
      </details>
    </Landmark>
  );
}
