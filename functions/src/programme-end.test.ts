import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../scripts/seed/demo-people';
import { seedDemoData } from '../../scripts/seed/seed';
import { adminDb } from './admin';
import { alignProgrammeEnd } from './programme-end';

const cohort = () => adminDb().doc(`cohorts/${cohortA.id}`);

async function eventually(check: () => Promise<boolean>) {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('The trigger did not move the end date in time');
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

describe('the programme’s end date', () => {
  beforeEach(seedDemoData);

  it('is module 4’s last day in the demo data', async () => {
    const module4 = await cohort().collection('modules').where('number', '==', 4).get();
    expect((await cohort().get()).get('endDate')).toBe(module4.docs[0]?.get('days')[1]);
  });

  it('follows module 4 when the timetable moves it, and a second run changes nothing', async () => {
    const module4 = (await cohort().collection('modules').where('number', '==', 4).get()).docs[0]!;
    await module4.ref.update({ days: ['2027-07-20', '2027-07-21'] });
    await eventually(async () => (await cohort().get()).get('endDate') === '2027-07-21');
    expect(await alignProgrammeEnd(adminDb(), cohortA.id)).toBeNull();
  });

  it('never moves earlier, so a facilitator cannot bring the content’s deletion forward', async () => {
    const before = (await cohort().get()).get('endDate') as string;
    const module4 = (await cohort().collection('modules').where('number', '==', 4).get()).docs[0]!;
    await module4.ref.update({ days: ['2000-01-01', '2000-01-02'] });
    await new Promise((wait) => setTimeout(wait, 2000));
    expect((await cohort().get()).get('endDate')).toBe(before);
    expect(await alignProgrammeEnd(adminDb(), cohortA.id)).toBeNull();
  });

  it('is left alone by a change to another module', async () => {
    // The seed's own module writes set the trigger off too; let those land first.
    await new Promise((wait) => setTimeout(wait, 2000));
    const before = (await cohort().get()).get('endDate') as string;
    await cohort().update({ endDate: '2027-01-01' });
    const module2 = (await cohort().collection('modules').where('number', '==', 2).get()).docs[0]!;
    await module2.ref.update({ venue: 'Online (Microsoft Teams)' });
    await new Promise((wait) => setTimeout(wait, 2000));
    expect((await cohort().get()).get('endDate')).toBe('2027-01-01');
    expect(await alignProgrammeEnd(adminDb(), cohortA.id)).toBe(before);
  });
});
