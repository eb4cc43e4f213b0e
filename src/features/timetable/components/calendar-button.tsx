import { useState } from 'react';
import type { Module } from '@/lib/firestore/schemas';
import { buildCalendar, downloadCalendar } from '../calendar-export';

type CalendarButtonProps = {
  cohortId: string;
  calendarName: string;
  fileName: string;
  modules: (Module & { id: string })[];
  label: string;
  className?: string;
};

export function CalendarButton({
  cohortId,
  calendarName,
  fileName,
  modules,
  label,
  className = 'button secondary',
}: CalendarButtonProps) {
  const [failed, setFailed] = useState(false);

  async function handleClick() {
    try {
      downloadCalendar(fileName, await buildCalendar(cohortId, calendarName, modules));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <button type="button" className={className} onClick={handleClick}>
        {label}
      </button>
      {failed && (
        <span role="alert" className="inline-error">
          The calendar file could not be made. Try again.
        </span>
      )}
    </>
  );
}
