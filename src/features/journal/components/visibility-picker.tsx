import type { Visibility } from '@/lib/firestore/schemas';

export const visibilityOptions: { value: Visibility; label: string; detail: string }[] = [
  {
    value: 'private',
    label: 'Only me',
    detail: 'Private. Nobody else can read it, not even the facilitators.',
  },
  {
    value: 'facilitators',
    label: 'Me and the facilitators',
    detail: 'Your programme director and leadership associate can read it and reply.',
  },
  {
    value: 'cohort',
    label: 'Everyone in my cohort',
    detail: 'It appears in the cohort’s shared reflections, where members can reply.',
  },
];

export const visibilityLabel = (value: Visibility) =>
  visibilityOptions.find((option) => option.value === value)?.label ?? value;

type VisibilityPickerProps = { value: Visibility; onChange: (value: Visibility) => void };

export function VisibilityPicker({ value, onChange }: VisibilityPickerProps) {
  return (
    <fieldset className="field visibility">
      <legend>Who can read this entry?</legend>
      {visibilityOptions.map((option) => (
        <div key={option.value} className="choice-radio">
          <input
            id={`visibility-${option.value}`}
            type="radio"
            name="visibility"
            value={option.value}
            checked={value === option.value}
            aria-describedby={`visibility-${option.value}-detail`}
            onChange={() => onChange(option.value)}
          />
          <label htmlFor={`visibility-${option.value}`}>{option.label}</label>
          <p id={`visibility-${option.value}-detail`} className="hint">
            {option.detail}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
