import { FieldValue } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { cohortA } from '../../scripts/seed/demo-people';
import { seedDemoData } from '../../scripts/seed/seed';
import { adminDb } from './admin';
import { testServices } from './testing/test-services';
import { recordNews, WHATS_NEW_LIMIT } from './whats-new';

const [helen] = cohortA.facilitators;
const [amara, gareth] = cohortA.participants;
const base = `cohorts/${cohortA.id}`;
const itemsOf = async (uid: string) =>
  ((await adminDb().doc(`${base}/whatsNew/${uid}`).get()).get('items') ?? []) as {
    id: string;
    title: string;
  }[];

async function eventually(check: () => Promise<boolean>) {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('The trigger did not record it in time');
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

describe("what's new", () => {
  beforeEach(seedDemoData);

  it('lists changed pre-reading for every member, once however often it changes', async () => {
    const material = adminDb().doc(`${base}/materials/m3-power`);
    await material.update({ minutes: 30, changedAt: FieldValue.serverTimestamp() });
    await eventually(async () =>
      (await itemsOf(gareth!.uid)).some((item) => item.id === 'reading:m3-power'),
    );
    await material.update({ minutes: 35, changedAt: FieldValue.serverTimestamp() });
    await new Promise((wait) => setTimeout(wait, 2000));
    for (const person of [amara!, gareth!, helen!]) {
      const items = await itemsOf(person.uid);
      expect(items.filter((item) => item.id === 'reading:m3-power')).toEqual([
        expect.objectContaining({ title: 'Changed pre-reading: Old power and new power' }),
      ]);
    }
  });

  it('names the slides of the day as shared after the module, and links to its page', async () => {
    await adminDb().doc(`${base}/materials/m1-slides`).set({
      moduleId: 'module-1',
      title: 'Slides from day 1',
      source: '',
      kind: 'other',
      minutes: 10,
      required: false,
      url: '',
      order: 40,
      phase: 'after',
      changedAt: FieldValue.serverTimestamp(),
    });
    await eventually(async () =>
      (await itemsOf(amara!.uid)).some((item) => item.id === 'reading:m1-slides'),
    );
    expect((await itemsOf(amara!.uid)).find((item) => item.id === 'reading:m1-slides')).toEqual(
      expect.objectContaining({
        title: 'New after the module: Slides from day 1',
        path: `/${base}/timetable?module=module-1`,
      }),
    );
  });

  it('ignores an import without a change time, and keeps only the newest items', async () => {
    await adminDb().doc(`${base}/materials/m3-imported`).set({
      moduleId: 'module-3',
      title: 'Imported reading',
      source: '',
      kind: 'article',
      minutes: 5,
      required: false,
      url: '',
      order: 50,
    });
    // Long enough for the trigger to have run; Gareth's list must not mention the import.
    await new Promise((wait) => setTimeout(wait, 3000));
    expect((await itemsOf(gareth!.uid)).some((item) => item.title.includes('Imported'))).toBe(
      false,
    );

    const services = testServices();
    for (let n = 0; n < WHATS_NEW_LIMIT + 5; n += 1) {
      await recordNews(services, cohortA.id, [amara!.uid], {
        id: `announcement:n${n}`,
        kind: 'announcement',
        title: `News ${n}`,
        path: `/${base}`,
        at: new Date(Date.now() + n),
      });
    }
    const items = await itemsOf(amara!.uid);
    expect(items).toHaveLength(WHATS_NEW_LIMIT);
    expect(items[0]?.title).toBe(`News ${WHATS_NEW_LIMIT + 4}`);
  });
});
