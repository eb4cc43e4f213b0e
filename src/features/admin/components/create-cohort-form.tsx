import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import type { NewCohort } from '../api/admin';

export function CreateCohortForm({
  onCreate,
}: {
  onCreate: (cohort: NewCohort) => Promise<unknown>;
}) {
  const [name, setName] = useState('');
  const [startDate, setStartDate] = useState('');
  // The programme ends on module 4's last day; once module 4 is in the timetable, the cohort's
  // end date follows it (the programmeEnd function).
  const [endDate, setEndDate] = useState('');
  const [seatLimit, setSeatLimit] = useState(16);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim() || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) {
      setMessage({ tone: 'error', text: 'Give the cohort a name and a start date.' });
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate) || endDate <= startDate) {
      setMessage({
        tone: 'error',
        text: 'Give the last day of module 4, after the start date.',
      });
      return;
    }
    if (!Number.isInteger(seatLimit) || seatLimit < 1 || seatLimit > 16) {
      setMessage({ tone: 'error', text: 'A cohort has between 1 and 16 seats.' });
      return;
    }
    try {
      await onCreate({ name, startDate, endDate, seatLimit });
      setMessage({
        tone: 'success',
        text: `Created “${name.trim()}”. Invite its facilitators next.`,
      });
      setName('');
    } catch {
      setMessage({ tone: 'error', text: 'The cohort could not be created. Try again.' });
    }
  }

  return (
    <form
      className="form card"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="create-cohort-heading"
    >
      <h2 id="create-cohort-heading">Create a cohort</h2>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="field">
        <label htmlFor="cohort-name">Name</label>
        <input id="cohort-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="cohort-start">Start date</label>
          <input
            id="cohort-start"
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="cohort-end">Last day of module 4</label>
          <input
            id="cohort-end"
            type="date"
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="cohort-seats">Seats (at most 16)</label>
          <input
            id="cohort-seats"
            type="number"
            min={1}
            max={16}
            value={seatLimit}
            onChange={(e) => setSeatLimit(Number(e.target.value))}
          />
        </div>
      </div>
      <p>
        <button type="submit" className="button">
          Create cohort
        </button>
      </p>
    </form>
  );
}
