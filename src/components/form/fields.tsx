import type { ComponentProps, ReactNode } from 'react';
import { useFormState } from './form';

/** What a control needs to be labelled, described and marked invalid. */
export type ControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Ids of further text that describes the control, such as a live warning. */
  describedBy?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * A label, an optional hint, the field's own error from the form, and the control, which gets
 * `aria-describedby` for the hint and error and `aria-invalid` while the error stands.
 */
export function Field({ id, label, hint, describedBy, className, children }: FieldProps) {
  const error = useFormState().errors[id];
  const control = controlProps(id, hint, error, describedBy);
  return (
    <div className={fieldClass(className, error)}>
      <label htmlFor={id}>{label}</label>
      <FieldText id={id} hint={hint} error={error} />
      {children(control)}
    </div>
  );
}

type Change = { onChange: (value: string) => void };
export type Shared = Omit<FieldProps, 'children'> & Change;

export function TextField({
  id,
  label,
  hint,
  describedBy,
  className,
  onChange,
  ...input
}: Omit<Shared, 'onChange'> & Partial<Change> & Omit<ComponentProps<'input'>, 'id' | 'onChange'>) {
  return (
    <Field {...{ id, label, hint, describedBy, className }}>
      {(control) => (
        <input {...input} {...control} onChange={onChange && ((e) => onChange(e.target.value))} />
      )}
    </Field>
  );
}

/**
 * The address someone signs in with, asked for the same way on every form: password managers fill
 * it, phones offer the keyboard with @, and nothing corrects its spelling.
 */
export function EmailAddressField(
  props: Pick<Shared, 'id' | 'hint' | 'onChange'> & { value: string },
) {
  return (
    <TextField
      {...props}
      label="Email address"
      name="email"
      type="email"
      autoComplete="username"
      inputMode="email"
      spellCheck={false}
    />
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  describedBy,
  className,
  onChange,
  ...textarea
}: Shared & Omit<ComponentProps<'textarea'>, 'id' | 'onChange'>) {
  return (
    <Field {...{ id, label, hint, describedBy, className }}>
      {(control) => (
        <textarea {...textarea} {...control} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
type CheckboxProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
} & Omit<ComponentProps<'input'>, 'id' | 'onChange' | 'checked' | 'type'>;

/** One checkbox with its label beside it, and its hint and error below. */
export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
  className,
  ...input
}: CheckboxProps) {
  const error = useFormState().errors[id];
  return (
    <div className={fieldClass(className, error)}>
      <label className="checkbox" htmlFor={id}>
        <input
          {...input}
          type="checkbox"
          {...controlProps(id, hint, error)}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      <FieldText id={id} hint={hint} error={error} />
    </div>
  );
}

export function FieldText({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

export function controlProps(
  id: string,
  hint: ReactNode,
  error: string | undefined,
  describedBy?: string,
): ControlProps {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', describedBy ?? '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    ...(ids && { 'aria-describedby': ids }),
    ...(error && { 'aria-invalid': true as const }),
  };
}

export function fieldClass(className: string | undefined, error: string | undefined) {
  return ['field', className, error ? 'field-invalid' : ''].filter(Boolean).join(' ');
}
