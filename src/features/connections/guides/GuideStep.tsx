import { useId, type ReactNode, type Ref } from 'react';
import { cx } from '../../../lib/classNames';
import { RichText } from './RichText';
import { StepExtras, type RenderCopy } from './StepExtras';
import styles from './SetupGuide.module.css';
import { textOf, type Step, type StepContext } from './types';

interface GuideStepProps {
  step: Step;
  context: StepContext;
  done: boolean;
  current: boolean;
  onToggle: () => void;
  itemRef?: Ref<HTMLLIElement>;
  renderCopy?: RenderCopy;
  importControl?: ReactNode;
}

export function GuideStep({ step, context, done, current, onToggle, itemRef, renderCopy, importControl }: GuideStepProps) {
  const checkboxId = useId();
  const className = cx(styles.step, current && styles.current, done && styles.done);
  return (
    <li ref={itemRef} className={className} aria-current={current ? 'step' : undefined}>
      <div className={styles.stepRow}>
        <input id={checkboxId} type="checkbox" className={styles.checkbox} checked={done} onChange={onToggle} />
        <label htmlFor={checkboxId} className={styles.stepText}>
          <RichText text={textOf(step.text, context)} />
        </label>
      </div>
      {step.extras && (
        <StepExtras extras={step.extras} context={context} renderCopy={renderCopy} importControl={importControl} />
      )}
    </li>
  );
}
