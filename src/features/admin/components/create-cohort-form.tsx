import { useState } from 'react';
import {
  Form,
  SelectField,
  SubmitButton,
  TextField,
  invalid,
  saved,
  type FieldErrors,
} from '@/components/form';
import type { NewCohort } from '../api/admin';

export function CreateCohortForm({
  programmes,
  onCreate,
}: {
  programmes: { id: string; name: string }[];
  onCreate: (cohort: NewCohort) => Promise<unknown>;
}) {
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? '');
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  // The programme ends on module 4's last day; once module 4 is in the timetable, the cohort's
  // end date follows it (the programmeEnd function).
  const [endDate, setEndDate] = useState('');
  const [seatLimit, setSeatLimit] = useState(16);

  async function handleSubmit() {
    const problems: FieldErrors = {};
    if (!programmes.some((programme) => programme.id === programmeId))
      problems['cohort-programme'] = 'Choose the programme the cohort belongs to.';
    if (!name.trim()) problems['cohort-name'] = 'Give the cohort a name.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate))
      problems['cohort-start'] = 'Give the cohort a start date.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || endDate <= startDate)
      problems['cohort-end'] = 'Give the last day of module 4, after the start date.';
    if (!Number.isInteger(seatLimit) || seatLimit < 1 || seatLimit > 16)
      problems['cohort-seats'] = 'A cohort has between 1 and 16 seats.';
    if (Object.keys(problems).length > 0) return invalid(problems);
    await onCreate({ programmeId, name, startDate, endDate, seatLimit });
    setName('');
    return saved(`Created “${name.trim()}”. Invite its facilitators next.`);
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="The cohort could not be created. Try again."
      aria-labelledby="create-cohort-heading"
    >
      <h2 id="create-cohort-heading">Create a cohort</h2>
      <SelectField
        id="cohort-programme"
        label="Programme"
        value={programmeId}
        onChange={setProgrammeId}
        options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
      />
      <TextField id="cohort-name" label="Name" value={name} onChange={setName} />
      <div className="field-row">
        <TextField
          id="cohort-start"
          label="Start date"
          type="date"
          value={startDate}
          onChange={setStartDate}
        />
        <TextField
          id="cohort-end"
          label="Last day of module 4"
          type="date"
          value={endDate}
          onChange={setEndDate}
        />
        <TextField
          id="cohort-seats"
          label="Seats (at most 16)"
          type="number"
          min={1}
          max={16}
          value={seatLimit}
          onChange={(value) => setSeatLimit(Number(value))}
        />
      </div>
      <p>
        <SubmitButton pendingLabel="Creating…">Create cohort</SubmitButton>
      </p>
    </Form>
  );
}
