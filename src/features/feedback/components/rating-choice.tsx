import { ratingLabels } from '@/lib/feedback';

type RatingChoiceProps = {
  legend: string;
  name: string;
  value: number | undefined;
  onChange: (value: number) => void;
};

/** One rating from 1 (poor) to 5 (excellent), as radio buttons with their words. */
export function RatingChoice({ legend, name, value, onChange }: RatingChoiceProps) {
  return (
    <fieldset className="rating-choice">
      <legend>{legend}</legend>
      <div className="mark-options">
        {ratingLabels.map((label, index) => (
          <label key={label} className="choice-radio">
            <input
              type="radio"
              name={name}
              checked={value === index + 1}
              onChange={() => onChange(index + 1)}
            />
            {index + 1} {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
