import { useController, useFormContext, useFormState } from 'react-hook-form';
import { Field, Fieldset } from '../../ui/Field';
import { webhookEventTypes } from '../connections/schema';
import { eventDescription, fieldId, type WebhookFormValues } from './webhookText';
import styles from './WebhooksPage.module.css';

/** The endpoint's address, the events it wants and its description; `form` keeps the ids of two forms apart. */
export function WebhookFields({ form }: { form: string }) {
  const { register } = useFormContext<WebhookFormValues>();
  const { errors } = useFormState<WebhookFormValues>({ name: ['url', 'description'] });
  return (
    <>
      <Field
        id={fieldId(form, 'url')}
        label="Endpoint URL"
        required
        help="Where your system receives the events, for example https://hooks.example.com/bigcommerce. It must be https:// and public: private and local addresses are refused unless the server allows them."
        error={errors.url?.message}
      >
        {(control) => <input type="url" inputMode="url" autoComplete="off" spellCheck={false} {...control} {...register('url')} />}
      </Field>
      <EventsChoice form={form} />
      <Field id={fieldId(form, 'description')} label="Description (optional)" help="What receives the events, for example “Order system”." error={errors.description?.message}>
        {(control) => <input type="text" autoComplete="off" {...control} {...register('description')} />}
      </Field>
    </>
  );
}

/** A checkbox per event type, each with when it is sent. */
function EventsChoice({ form }: { form: string }) {
  const { control } = useFormContext<WebhookFormValues>();
  const { field, fieldState } = useController({ control, name: 'events' });
  const id = fieldId(form, 'events');
  const toggle = (event: (typeof webhookEventTypes)[number], on: boolean) =>
    field.onChange(on ? webhookEventTypes.filter((type) => type === event || field.value.includes(type)) : field.value.filter((type) => type !== event));
  return (
    <Fieldset
      id={id}
      legend="Events to send"
      required
      help="Each event carries the connection as the API shows it, never a secret."
      error={fieldState.error?.message}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) field.onBlur();
      }}
    >
      <ul className={styles.checkboxes}>
        {webhookEventTypes.map((type, index) => {
          const boxId = index === 0 ? id : `${id}-${index}`;
          return (
            <li key={type}>
              <input
                ref={index === 0 ? field.ref : undefined}
                type="checkbox"
                id={boxId}
                checked={field.value.includes(type)}
                onChange={(event) => toggle(type, event.currentTarget.checked)}
                aria-invalid={fieldState.error ? true : undefined}
                aria-describedby={`${boxId}-description`}
              />
              <label htmlFor={boxId}>
                <code>{type}</code>
              </label>
              <span id={`${boxId}-description`} className={styles.eventDescription}>
                {eventDescription[type]}
              </span>
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
