import { expect, it } from 'vitest';
import { addDaysIso, daysUntil, londonInstant } from '@/lib/dates';
import { demoTimetables } from '../../scripts/seed/demo-programme';

// The email tests change cohort A's module 3 and expect a timetable-change email, which is sent
// only for modules starting within 21 days (functions/src/emails/timetable-change.ts).
it('the demo cohort’s module 3 starts on a Tuesday within three weeks, whatever day the seed runs', () => {
  for (let offset = 0; offset < 7; offset += 1) {
    const today = addDaysIso('2026-11-23', offset);
    const module3 = demoTimetables(today).a.modules[2];
    const firstDay = module3?.days[0] ?? '';
    const days = daysUntil(firstDay, londonInstant(today, '00:30'));
    expect(new Date(`${firstDay}T12:00:00Z`).getUTCDay(), `seeded on ${today}`).toBe(2);
    expect(days, `seeded on ${today}`).toBeGreaterThanOrEqual(15);
    expect(days, `seeded on ${today}`).toBeLessThanOrEqual(21);
  }
});
