import { memo, startTransition, useCallback, useMemo, useState, type Ref } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { idRefs, slug } from '../../../lib/ids';
import { FieldError, helpId, errorId } from '../../../ui/Field';
import { RequiredMark } from '../../../ui/RequiredMark';
import { allScopes, fieldText, resourceNameOf, scopeResources } from '../schema/plain';
import type { ConnectionFormValues, ScopeResource } from '../schema';
import { fieldId } from './formModel';
import { findMessage } from './useFieldError';
import styles from './ScopesPicker.module.css';

const id = fieldId('scopes');
const noScopes: readonly string[] = [];

/** "read-only" -> "Read-only", "manage" -> "Manage". */
export function levelLabel(permission: string): string {
  return permission.charAt(0).toUpperCase() + permission.slice(1);
}

const levelOfScope = new Map(scopeResources.flatMap((resource) => resource.levels.map((level) => [level.scope, levelLabel(level.permission)] as const)));

/** "2 scopes chosen: Orders (Modify), Products (Read-only)" in catalog order. */
export function scopesSummary(scopes: readonly string[]): string {
  if (scopes.length === 0) return 'No scopes chosen yet.';
  const parts = scopes.map((scope) => `${resourceNameOf(scope) ?? scope} (${levelOfScope.get(scope) ?? scope})`);
  return `${scopes.length} ${scopes.length === 1 ? 'scope' : 'scopes'} chosen: ${parts.join(', ')}`;
}

/** The scopes with `resource` set to `scope` (or to None when null), in catalog order. */
export function withResourceLevel(current: readonly string[], resource: string, scope: string | null): string[] {
  const chosen = new Set(current.filter((item) => resourceNameOf(item) !== resource));
  if (scope) chosen.add(scope);
  return allScopes.filter((item) => chosen.has(item));
}

interface ScopeRowProps {
  resource: ScopeResource;
  selected: string | undefined;
  hidden: boolean;
  onSelect: (resource: string, scope: string | null) => void;
}

/** One resource: a radio group named by the resource, None plus its levels. Re-renders only when its own choice changes. */
const ScopeRow = memo(function ScopeRow({ resource, selected, hidden, onSelect }: ScopeRowProps) {
  const rowId = `scope-${slug(resource.name)}`;
  return (
    <div role="radiogroup" aria-labelledby={`${rowId}-name`} className={styles.row} hidden={hidden}>
      <span id={`${rowId}-name`} className={styles.resource}>
        {resource.name}
      </span>
      <span className={styles.levels}>
        <label className={styles.level}>
          <input type="radio" name={rowId} value="" checked={!selected} onChange={() => onSelect(resource.name, null)} />
          None
        </label>
        {resource.levels.map((level) => (
          <label key={level.scope} className={styles.level} title={level.description}>
            <input type="radio" name={rowId} value={level.scope} checked={selected === level.scope} onChange={() => onSelect(resource.name, level.scope)} />
            {levelLabel(level.permission)}
          </label>
        ))}
      </span>
    </div>
  );
});

/**
 * The filter's input keeps its own state: a keystroke re-renders only this input, and the list
 * follows in a transition (after the keystroke has painted).
 */
const ScopeFilterInput = memo(function ScopeFilterInput({ inputRef, onFilter }: { inputRef: Ref<HTMLInputElement>; onFilter: (filter: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <input
      ref={inputRef}
      id={id}
      type="search"
      value={value}
      autoComplete="off"
      aria-controls={`${id}-list`}
      aria-describedby={`${id}-count`}
      onChange={(event) => {
        const next = event.target.value;
        setValue(next);
        startTransition(() => onFilter(next));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
});

/**
 * "Scopes": one radio group per resource, modelled on BigCommerce's API-account screen, with a
 * filter and a summary. The value is the array of scope strings (at least one).
 */
export function ScopesPicker() {
  const { control, getValues } = useFormContext<ConnectionFormValues>();
  const {
    field: { value, onChange, onBlur, ref: focusRef },
    fieldState,
  } = useController({ control, name: 'scopes', defaultValue: [] });
  const scopes = (value as readonly string[] | undefined) ?? noScopes;
  // Set in a transition by ScopeFilterInput.
  const [filter, setFilter] = useState('');
  const error = findMessage(fieldState.error);

  const selectedByResource = useMemo(() => new Map(scopes.map((scope) => [resourceNameOf(scope), scope] as const)), [scopes]);

  const onSelect = useCallback(
    (resource: string, scope: string | null) => {
      const current = (getValues('scopes') as readonly string[] | undefined) ?? noScopes;
      onChange(withResourceLevel(current, resource, scope));
    },
    [getValues, onChange],
  );

  const needle = filter.trim().toLowerCase();
  const visible = needle ? scopeResources.filter((resource) => resource.name.toLowerCase().includes(needle)) : scopeResources;
  const visibleNames = new Set(visible.map((resource) => resource.name));

  return (
    <fieldset
      id={`${id}-group`}
      className={styles.fieldset}
      aria-describedby={idRefs(helpId(id), error && errorId(id), `${id}-summary`)}
      aria-invalid={error ? true : undefined}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onBlur();
      }}
    >
      <legend className={styles.legend}>
        {fieldText.scopes.label}
        <RequiredMark />
      </legend>
      <p id={helpId(id)} className={styles.help}>
        {fieldText.scopes.help}
      </p>
      {error && <FieldError id={errorId(id)}>{error}</FieldError>}
      <p id={`${id}-summary`} className={styles.summary}>
        {scopesSummary(scopes)}
      </p>
      <div className={styles.filter}>
        <label htmlFor={id}>Filter scopes</label>
        <ScopeFilterInput inputRef={focusRef} onFilter={setFilter} />
        <p id={`${id}-count`} role="status" className={styles.count}>
          {needle ? `${visible.length} of ${scopeResources.length} resources shown.` : ''}
        </p>
      </div>
      <div id={`${id}-list`} className={styles.list}>
        {scopeResources.map((resource) => (
          <ScopeRow
            key={resource.name}
            resource={resource}
            selected={selectedByResource.get(resource.name)}
            hidden={!visibleNames.has(resource.name)}
            onSelect={onSelect}
          />
        ))}
        {visible.length === 0 && <p className={styles.none}>No resource matches “{filter.trim()}”.</p>}
      </div>
    </fieldset>
  );
}
