import { memo, useId, type ReactNode, type Ref } from 'react';
import { cx } from '../../../../lib/classNames';
import { RichText } from './RichText';
import { StepExtras, type RenderCopy } from './StepExtras';
import styles from './SetupGuide.module.css';
import { textOf, type Step, type StepContext, type StepText } from '../data/types';

interface GuideStepProps {
  step: Step;
  context: StepContext;
  done: boolean;
  current: boolean;
  guideId: string;
  /** Stable (the progress' toggle), so that a step re-renders only when its own props change. */
  onToggle: (guideId: string, stepId: string) => void;
  itemRef?: Ref<HTMLLIElement>;
  renderCopy?: RenderCopy;
  importControl?: ReactNode;
}

const readsContext = (text: StepText) => typeof text === 'function';

/** Whether the parts of the context that this step shows are the same in both. */
function sameContextFor(step: Step, a: StepContext, b: StepContext): boolean {
  if (a === b) return true;
  const all = a.authType === b.authType && a.redirectUrl === b.redirectUrl && a.scopes === b.scopes && a.storeHash === b.storeHash;
  if (all || readsContext(step.text)) return all;
  return (step.extras ?? []).every((extra) => {
    switch (extra.kind) {
      case 'link':
        return extra.to === 'developerPortal' || a.storeHash === b.storeHash;
      case 'redirectUrl':
        return a.redirectUrl === b.redirectUrl;
      case 'scopes':
        return a.scopes === b.scopes;
      case 'note':
        return !readsContext(extra.text);
      case 'importControl':
        return true;
    }
  });
}

function sameStepProps(previous: GuideStepProps, next: GuideStepProps): boolean {
  return (
    previous.step === next.step &&
    previous.done === next.done &&
    previous.current === next.current &&
    previous.guideId === next.guideId &&
    previous.onToggle === next.onToggle &&
    previous.itemRef === next.itemRef &&
    previous.renderCopy === next.renderCopy &&
    previous.importControl === next.importControl &&
    sameContextFor(next.step, previous.context, next.context)
  );
}

/** One step; memoised: typing the store hash re-renders only the steps that show it. */
export const GuideStep = memo(function GuideStep({ step, context, done, current, guideId, onToggle, itemRef, renderCopy, importControl }: GuideStepProps) {
  const checkboxId = useId();
  const className = cx(styles.step, current && styles.current, done && styles.done);
  return (
    <li ref={itemRef} className={className} aria-current={current ? 'step' : undefined}>
      <div className={styles.stepRow}>
        <input id={checkboxId} type="checkbox" className={styles.checkbox} checked={done} onChange={() => onToggle(guideId, step.id)} />
        <label htmlFor={checkboxId} className={styles.stepText}>
          <RichText text={textOf(step.text, context)} />
        </label>
      </div>
      {step.extras && (
        <StepExtras extras={step.extras} context={context} renderCopy={renderCopy} importControl={importControl} />
      )}
    </li>
  );
}, sameStepProps);
