import type { ComponentProps, ReactNode } from 'react';
import { useFormState } from './form';
import { Field, FieldText, controlProps, fieldClass, type Shared } from './fields';

export type Option = { value: string; label: ReactNode; hint?: ReactNode };

/** Options whose words are their values, as for a vocabulary list. */
export const optionsOf = (values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: value }));

export function SelectField({
  id,
  label,
  hint,
  describedBy,
  className,
  onChange,
  options,
  ...select
}: Shared & { options: readonly Option[] } & Omit<ComponentProps<'select'>, 'id' | 'onChange'>) {
  return (
    <Field {...{ id, label, hint, describedBy, className }}>
      {(control) => (
        <select {...select} {...control} onChange={(e) => onChange(e.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type RadiosProps = Omit<Shared, 'label'> & {
  legend: ReactNode;
  /** A class for the box around the options, such as a rating scale's. */
  optionsClassName?: string;
  /** A class for each option's label; `checkbox` lays one out per line. */
  optionClassName?: string;
  /** Groups the radios; the first one's id is `id`, so the error summary's link lands on it. */
  name: string;
  value: string;
  options: readonly Option[];
};

export function Radios({
  id,
  legend,
  hint,
  className,
  optionsClassName,
  optionClassName = 'checkbox',
  name,
  value,
  options,
  onChange,
}: RadiosProps) {
  const error = useFormState().errors[id];
  const described = controlProps(id, hint, error)['aria-describedby'];
  const radios = options.map((option, index) => {
    const optionId = index === 0 ? id : `${id}-${index}`;
    return (
      <label className={optionClassName} key={option.value} htmlFor={optionId}>
        <input
          type="radio"
          id={optionId}
          name={name}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
        <span>
          {option.label}
          {option.hint && <span className="hint">{option.hint}</span>}
        </span>
      </label>
    );
  });
  return (
    <fieldset className={fieldClass(className, error)} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldText id={id} hint={hint} error={error} />
      {optionsClassName ? <div className={optionsClassName}>{radios}</div> : radios}
    </fieldset>
  );
}

type CheckboxesProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  /** The ticked options' values. */
  values: readonly string[];
  options: readonly Option[];
  onChange: (values: string[]) => void;
  className?: string;
  children?: ReactNode;
};

/** Several checkboxes under one legend; the first one's id is `id`, for the summary's link. */
export function Checkboxes({
  id,
  legend,
  hint,
  values,
  options,
  onChange,
  className,
  children,
}: CheckboxesProps) {
  const error = useFormState().errors[id];
  const described = controlProps(id, hint, error)['aria-describedby'];
  return (
    <fieldset className={fieldClass(className, error)} aria-describedby={described}>
      <legend>{legend}</legend>
      <FieldText id={id} hint={hint} error={error} />
      <div className="tick-grid">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          const ticked = values.includes(option.value);
          return (
            <label className="checkbox" key={option.value} htmlFor={optionId}>
              <input
                type="checkbox"
                id={optionId}
                checked={ticked}
                onChange={() =>
                  onChange(
                    ticked ? values.filter((v) => v !== option.value) : [...values, option.value],
                  )
                }
              />
              {option.label}
            </label>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}
