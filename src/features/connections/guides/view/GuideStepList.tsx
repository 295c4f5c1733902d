import { useEffect, useRef, type ReactNode } from 'react';
import { GuideStep } from './GuideStep';
import { isNarrowScreen } from './narrowScreen';
import type { RenderCopy } from './StepExtras';
import styles from './SetupGuide.module.css';
import type { Guide, GuideFieldName, StepContext } from '../data/types';
import type { GuideProgress } from './useGuideProgress';

interface GuideStepListProps {
  guide: Guide;
  context: StepContext;
  progress: GuideProgress;
  activeField?: string;
  renderCopy?: RenderCopy;
  importControl?: ReactNode;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function GuideStepList({ guide, context, progress, activeField, renderCopy, importControl }: GuideStepListProps) {
  const currentRef = useRef<HTMLLIElement>(null);
  const currentStep = activeField
    ? guide.steps.find((step) => step.produces.includes(activeField as GuideFieldName))
    : undefined;
  const stepIds = guide.steps.map((step) => step.id);
  const doneCount = progress.doneCount(guide.id, stepIds);

  // Follows the person's focus in the form: scrolls only, never moves focus. Not where the guide
  // is stacked with the form: that would scroll the page away from the focused field.
  useEffect(() => {
    if (isNarrowScreen()) return;
    currentRef.current?.scrollIntoView?.({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [guide.id, currentStep?.id]);

  return (
    <>
      <p className={styles.progress} role="status">
        {doneCount} of {stepIds.length} done
      </p>
      <ol className={styles.steps} aria-label={`Steps: ${guide.title}`}>
        {guide.steps.map((step) => (
          <GuideStep
            key={step.id}
            step={step}
            context={context}
            done={progress.isDone(guide.id, step.id)}
            current={step === currentStep}
            guideId={guide.id}
            onToggle={progress.toggle}
            itemRef={step === currentStep ? currentRef : undefined}
            renderCopy={renderCopy}
            importControl={importControl}
          />
        ))}
      </ol>
    </>
  );
}
