// Martin began with autumn 2025; after its first two modules the Ageing Well programme he leads was
// reorganised, and with his agreement the programme team moved him to spring 2027 (decision 0032).
// He is one of cohort A's participants, so its counts hold; what he wrote in autumn 2025 is in
// cohort A now, and his attendance stayed with autumn 2025's modules.
import { Timestamp } from 'firebase-admin/firestore';
import { addDaysIso, londonInstant } from '../../src/lib/dates/index.ts';
import type { DemoDocument } from './demo-content.ts';
import { alumniCohort, cohortA, programmeAdmin, type DemoPerson } from './demo-people.ts';
import type { DemoTimetable } from './demo-programme.ts';

export const deferredFromAlumni = cohortA.participants.at(-1) as DemoPerson;

export function deferredParticipant(alumni: DemoTimetable): DemoDocument[] {
  const martin = deferredFromAlumni;
  const base = `cohorts/${cohortA.id}`;
  const [module1, module2] = alumni.modules;
  const after = (day: string | undefined) =>
    Timestamp.fromDate(londonInstant(addDaysIso(day ?? '', 2), '20:00'));
  const agreedOn = addDaysIso(module2?.days[1] ?? '', 10);
  const record = {
    uid: martin.uid,
    displayName: martin.displayName,
    fromCohortId: alumniCohort.id,
    fromCohortName: alumniCohort.name,
    toCohortId: cohortA.id,
    toCohortName: cohortA.name,
    agreementMethod: 'phone',
    agreedOn,
    agreementNote: 'Agreed on the phone with Ruth once the reorganisation was announced',
    deferredBy: programmeAdmin.displayName,
    deferredAt: Timestamp.fromDate(londonInstant(addDaysIso(agreedOn, 1), '09:30')),
  };
  const id = `${alumniCohort.id}__${martin.uid}`;
  const entry = (
    module: DemoTimetable['modules'][number] | undefined,
    title: string,
    body: string,
  ) => ({
    authorUid: martin.uid,
    authorName: martin.displayName,
    moduleId: module?.id ?? 'general',
    title,
    body,
    visibility: 'private',
    revision: 0,
    createdAt: after(module?.days[1]),
    updatedAt: after(module?.days[1]),
  });
  return [
    { path: `${base}/deferrals/${id}`, data: record },
    { path: `cohorts/${alumniCohort.id}/deferrals/${id}`, data: record },
    {
      path: `cohorts/${alumniCohort.id}/attendance/${martin.uid}`,
      data: {
        uid: martin.uid,
        days: { '1-1': 'present', '1-2': 'present', '2-1': 'present', '2-2': 'absent' },
        updatedAt: after(module2?.days[1]),
      },
    },
    {
      path: `${base}/journal/martin-autumn-2025-module-1`,
      data: entry(
        module1,
        'Seeing the system from the council’s side',
        'I had not seen how differently the council reads the same delayed-discharge numbers.',
      ),
    },
    {
      path: `${base}/journal/martin-autumn-2025-module-2`,
      data: entry(
        module2,
        'Before the pause',
        'Writing this down so I pick it up again in spring: start with the shared purpose.',
      ),
    },
  ];
}
