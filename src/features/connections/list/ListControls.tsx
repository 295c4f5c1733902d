import { useEffect, useId, useState, type Ref } from 'react';
import { useHydrated } from '../../../lib/hydration';
import { connectionListLimits } from '../schema/plain';
import { healthLabel, type Health } from '../status/statusModel';
import { healthText, type ListFilter } from './listFilter';
import styles from './ListControls.module.css';

/** Typing pauses this long before the list asks again. */
export const searchDelayMs = 250;

const choices: { value: string; label: string }[] = [
  { value: '', label: 'All' },
  ...(Object.keys(healthLabel) as Health[]).map((health) => ({ value: health, label: healthLabel[health] })),
];

interface ListControlsProps {
  filter: ListFilter;
  onChange: (next: ListFilter) => void;
  searchRef?: Ref<HTMLInputElement>;
}

/** "Search connections" (name or store hash) and "Status" above the list. */
export function ListControls({ filter, onChange, searchRef }: ListControlsProps) {
  const id = useId();
  const text = useSearchText(filter, onChange);
  // Prerendered with the page: until the app runs they could not act, and a choice made in them
  // would be lost, so they are disabled till then (as the prerendered form's buttons are).
  const hydrated = useHydrated();
  const status = filter.health.join(',');
  // A combination (the attention count's "and more") is offered as it is, so the select shows it.
  const options = status && !choices.some((choice) => choice.value === status) ? [...choices, { value: status, label: healthText(filter.health) }] : choices;
  return (
    <search className={styles.controls}>
      <div className={styles.control}>
        <label htmlFor={`${id}-q`}>Search connections</label>
        <input
          ref={searchRef}
          id={`${id}-q`}
          type="search"
          value={text.value}
          onChange={(event) => text.change(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && text.flush()}
          maxLength={connectionListLimits.queryMaxLength}
          aria-describedby={`${id}-q-help`}
          autoComplete="off"
          spellCheck={false}
          disabled={!hydrated}
        />
        <span id={`${id}-q-help`} className={styles.help}>
          Name or store hash
        </span>
      </div>
      <div className={styles.control}>
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={status}
          disabled={!hydrated}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ q: text.value, health: value ? (value.split(',') as Health[]) : [] });
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}

/** The search as typed, sent on once typing pauses; the address's search when it changes from outside (Back, "Clear search"). */
function useSearchText(filter: ListFilter, onChange: (next: ListFilter) => void) {
  const [value, setValue] = useState(filter.q);
  const [seen, setSeen] = useState(filter.q);
  if (filter.q !== seen) {
    setSeen(filter.q);
    if (filter.q.trim() !== value.trim()) setValue(filter.q);
  }
  const waiting = value.trim() !== filter.q.trim();
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => onChange({ ...filter, q: value }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [waiting, value, filter, onChange]);
  return {
    value,
    change: setValue,
    flush: () => {
      if (waiting) onChange({ ...filter, q: value });
    },
  };
}
