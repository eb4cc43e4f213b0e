import { useState } from 'react';
import { Link } from 'react-router';
import {
  Form,
  Radios,
  SelectField,
  SubmitButton,
  TextField,
  failed,
  invalid,
  saved,
  type FieldErrors,
} from '@/components/form';
import { paths } from '@/config/paths';
import type { NewCohortFrom } from '../api/programmes';

type Source = { value: string; label: string; from: NewCohortFrom['from']; modules: number };

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A new cohort from an earlier one's timetable (or a programme's outline): its modules, sessions,
 * venues and pre-reading on new dates, and nothing about its people.
 */
export function NewCohortFromForm({
  cohorts,
  programmes,
  onMake,
}: {
  cohorts: { cohortId: string; name: string }[];
  programmes: { id: string; name: string; modules: number }[];
  onMake: (request: NewCohortFrom) => Promise<string>;
}) {
  const sources: Source[] = [
    ...cohorts.map((cohort) => ({
      value: `cohort:${cohort.cohortId}`,
      label: cohort.name,
      from: { cohortId: cohort.cohortId },
      modules: 4,
    })),
    ...programmes.map((programme) => ({
      value: `outline:${programme.id}`,
      label: `${programme.name}: the programme’s outline`,
      from: { programmeId: programme.id },
      modules: programme.modules,
    })),
  ];
  const [sourceValue, setSourceValue] = useState(sources[0]?.value ?? '');
  const [name, setName] = useState('');
  const [seatLimit, setSeatLimit] = useState(16);
  const [how, setHow] = useState<'shift' | 'days'>('shift');
  const [weeks, setWeeks] = useState('');
  const [firstDays, setFirstDays] = useState<Record<string, string>>({});
  const [made, setMade] = useState<{ cohortId: string; name: string } | null>(null);
  const source = sources.find((option) => option.value === sourceValue);
  const outline = source !== undefined && 'programmeId' in source.from;
  const byDays = outline || how === 'days';
  const moduleNumbers = Array.from({ length: source?.modules ?? 4 }, (_, index) => index + 1);

  async function handleSubmit() {
    const problems: FieldErrors = {};
    if (!source) problems['new-from-source'] = 'Choose what to copy.';
    if (!name.trim()) problems['new-from-name'] = 'Give the new cohort a name.';
    if (!Number.isInteger(seatLimit) || seatLimit < 1 || seatLimit > 16)
      problems['new-from-seats'] = 'A cohort has between 1 and 16 seats.';
    const shiftWeeks = Number(weeks);
    if (
      !byDays &&
      (!/^-?\d+$/.test(weeks.trim()) || shiftWeeks === 0 || Math.abs(shiftWeeks) > 260)
    )
      problems['new-from-weeks'] = 'Give a whole number of weeks, such as 26.';
    if (byDays) {
      for (const number of moduleNumbers) {
        if (!ISO.test(firstDays[number] ?? ''))
          problems[`new-from-day-${number}`] = `Give the first day of module ${number}.`;
      }
    }
    if (!source || Object.keys(problems).length > 0) return invalid(problems);
    const shared = { from: source.from, name: name.trim(), seatLimit };
    try {
      const cohortId = await onMake(
        byDays
          ? {
              ...shared,
              firstDays: Object.fromEntries(
                moduleNumbers.map((number) => [String(number), firstDays[number] ?? '']),
              ),
            }
          : { ...shared, shiftWeeks },
      );
      setMade({ cohortId, name: shared.name });
      setName('');
      return saved(
        `Made “${shared.name}” from ${source.label}, every session moved with its module. Check its timetable, then invite its facilitators.`,
      );
    } catch (error) {
      return failed(error instanceof Error ? error.message : 'The cohort could not be made.');
    }
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="The cohort could not be made. Try again."
      aria-labelledby="new-from-heading"
    >
      <h2 id="new-from-heading">New cohort from…</h2>
      <p className="hint">
        Copies the modules, sessions, venues and pre-reading. Nobody’s membership, invitations or
        writing is copied.
      </p>
      <SelectField
        id="new-from-source"
        label="Copy from"
        value={sourceValue}
        onChange={setSourceValue}
        options={sources.map(({ value, label }) => ({ value, label }))}
      />
      <TextField id="new-from-name" label="New cohort’s name" value={name} onChange={setName} />
      <TextField
        id="new-from-seats"
        label="Seats (at most 16)"
        type="number"
        min={1}
        max={16}
        value={seatLimit}
        onChange={(value) => setSeatLimit(Number(value))}
      />
      {!outline && (
        <Radios
          id="new-from-how"
          name="new-from-how"
          legend="New dates"
          value={how}
          onChange={(value) => setHow(value === 'days' ? 'days' : 'shift')}
          options={[
            { value: 'shift', label: 'Move every module by a number of weeks' },
            { value: 'days', label: 'Give the first day of each module' },
          ]}
        />
      )}
      {byDays ? (
        <div className="field-row">
          {moduleNumbers.map((number) => (
            <TextField
              key={number}
              id={`new-from-day-${number}`}
              label={`Module ${number}, first day`}
              type="date"
              value={firstDays[number] ?? ''}
              onChange={(value) => setFirstDays((days) => ({ ...days, [number]: value }))}
            />
          ))}
        </div>
      ) : (
        <TextField
          id="new-from-weeks"
          label="Weeks later"
          hint="Each module and its sessions move by this many weeks; a negative number moves them earlier."
          inputMode="numeric"
          value={weeks}
          onChange={setWeeks}
        />
      )}
      <p>
        <SubmitButton pendingLabel="Making the cohort…">Make the cohort</SubmitButton>
      </p>
      {made && (
        <p>
          <Link to={paths.cohort(made.cohortId, 'timetable')}>Open {made.name}’s timetable</Link>
        </p>
      )}
    </Form>
  );
}
