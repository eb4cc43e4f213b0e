import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Module } from '@/lib/firestore/schemas';
import { buildCalendar } from './calendar-export';

const module = (number: number, days: [string, string], revision = 0): Module & { id: string } => ({
  id: `module-${number}`,
  number,
  title: `Module title ${number}`,
  themes: [],
  days,
  venue: 'Northgate Conference Centre, Leeds',
  sessions: [
    { day: 1, start: '09:30', end: '10:00', title: 'Arrival' },
    { day: 1, start: '15:45', end: '16:30', title: 'Close', leader: 'Dr Helen Marsh' },
    { day: 2, start: '09:00', end: '16:00', title: 'All day' },
  ],
  revision,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      location: event.location,
      description: event.description,
    };
  });
}

describe('buildCalendar', () => {
  it('makes one event per module day, at the right instant either side of the clock change', async () => {
    // 23 March 2027 is GMT; 30 March 2027 is BST (clocks go forward on 28 March).
    const ics = await buildCalendar('c1', 'Spring cohort', [
      module(1, ['2027-03-23', '2027-03-24']),
      module(2, ['2027-03-30', '2027-03-31']),
    ]);
    const events = parse(ics);
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({
      uid: 'c1-module-1-day-1@collaborative-leadership-portal',
      summary: 'Module 1, day 1: Module title 1',
      start: '2027-03-23T09:30:00.000Z',
      end: '2027-03-23T16:30:00.000Z',
      location: 'Northgate Conference Centre, Leeds',
    });
    expect(events[0]?.description).toContain('15:45–16:30 Close (Dr Helen Marsh)');
    expect(events[2]).toMatchObject({
      start: '2027-03-30T08:30:00.000Z',
      end: '2027-03-30T15:30:00.000Z',
    });
  });

  it('keeps each event’s UID when the module changes, and raises its SEQUENCE', async () => {
    const before = parse(
      await buildCalendar('c1', 'Cohort', [module(1, ['2027-03-23', '2027-03-24'], 0)]),
    );
    const after = parse(
      await buildCalendar('c1', 'Cohort', [module(1, ['2027-03-23', '2027-03-24'], 3)]),
    );
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
  });

  it('declares itself as a published calendar with a product id', async () => {
    const ics = await buildCalendar('c1', 'Cohort', [module(1, ['2027-03-23', '2027-03-24'])]);
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toMatch(/PRODID:-\/\/collaborative-leadership-portal/);
    expect(ics).toContain('X-WR-CALNAME:Cohort');
  });
});
