import { RichText } from './RichText';
import styles from './SetupGuide.module.css';
import { textOf, type Guide, type StepContext } from '../data/types';

export function ChoiceList({ guide, context }: { guide: Guide; context: StepContext }) {
  return (
    <ul className={styles.choices}>
      {guide.steps.map((step) => (
        <li key={step.id}>
          <RichText text={textOf(step.text, context)} />
        </li>
      ))}
    </ul>
  );
}
