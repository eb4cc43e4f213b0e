// Realistic content for cohort A: pre-reading, director-call goals, reflections and announcements.
// Both the demo seed and the tests write it, so what people see locally is what the tests prove.
import { addDaysIso, londonInstant } from '../../src/lib/dates/index.ts';
import type { Material, Visibility } from '../../src/lib/firestore/schemas.ts';
import { cohortA, type DemoPerson } from './demo-people.ts';
import { cohortAFeedback, feedbackGivenBy } from './demo-feedback.ts';
import type { DemoTimetable } from './demo-programme.ts';

export type DemoDocument = { path: string; data: Record<string, unknown> };

const materials: (Material & { id: string })[] = [
  {
    id: 'm1-systems',
    moduleId: 'module-1',
    title: 'Thinking about your local system as a whole',
    source: 'Programme team briefing',
    kind: 'article',
    minutes: 15,
    required: true,
    url: 'https://example.org/reading/local-system',
    order: 1,
  },
  {
    id: 'm1-perspectives',
    moduleId: 'module-1',
    title: 'Seeing the system through partners’ eyes',
    source: 'Case study collection',
    kind: 'report',
    minutes: 30,
    required: true,
    url: 'https://example.org/reading/partner-perspectives',
    order: 2,
  },
  {
    id: 'm1-dialogue',
    moduleId: 'module-1',
    title: 'Stuck patterns and how conversations shift them',
    source: 'Leadership podcast, episode 12',
    kind: 'podcast',
    minutes: 35,
    required: false,
    url: 'https://example.org/listen/stuck-patterns',
    order: 3,
  },
  {
    id: 'm2-mindset',
    moduleId: 'module-2',
    title: 'The collaborative leadership mindset',
    source: 'Programme team briefing',
    kind: 'article',
    minutes: 20,
    required: true,
    url: 'https://example.org/reading/collaborative-mindset',
    order: 4,
  },
  {
    id: 'm2-place',
    moduleId: 'module-2',
    title: 'Leading across a place: core capabilities',
    source: 'Place-based leadership report',
    kind: 'report',
    minutes: 40,
    required: true,
    url: 'https://example.org/reading/place-capabilities',
    order: 5,
  },
  {
    id: 'm3-neuroscience',
    moduleId: 'module-3',
    title: 'The neuroscience behind behaviour, in ten minutes',
    source: 'Short film',
    kind: 'video',
    minutes: 10,
    required: true,
    url: 'https://example.org/watch/neuroscience-behaviour',
    order: 6,
  },
  {
    id: 'm3-power',
    moduleId: 'module-3',
    title: 'Old power and new power',
    source: 'Essay',
    kind: 'article',
    minutes: 25,
    required: true,
    url: 'https://example.org/reading/old-new-power',
    order: 7,
  },
  {
    id: 'm3-generative',
    moduleId: 'module-3',
    title: 'Generative conversations that produce change',
    source: 'Practice guide',
    kind: 'report',
    minutes: 30,
    required: false,
    url: 'https://example.org/reading/generative-conversations',
    order: 8,
  },
  {
    id: 'm4-boundaries',
    moduleId: 'module-4',
    title: 'Co-ordinating without stable structures',
    source: 'Programme team briefing',
    kind: 'article',
    minutes: 20,
    required: true,
    url: 'https://example.org/reading/without-structures',
    order: 9,
  },
  {
    id: 'm4-models',
    moduleId: 'module-4',
    title: 'Operating models across organisational boundaries',
    source: 'Collective impact podcast',
    kind: 'podcast',
    minutes: 45,
    required: false,
    url: 'https://example.org/listen/operating-models',
    order: 10,
  },
];

const goalTexts = [
  'Build a working relationship with the local authority’s adult social care team based on shared data.',
  'Bring the voluntary sector into our place-based planning from the start, not at the end.',
  'Chair system meetings so that every partner’s perspective is heard before decisions are made.',
  'Agree three shared principles for working together with our integrated care board colleagues.',
];

type Dated = { at: Date };

function entry(
  author: DemoPerson,
  moduleId: string,
  title: string,
  body: string,
  visibility: Visibility,
  { at }: Dated,
) {
  return {
    authorUid: author.uid,
    authorName: author.displayName,
    moduleId,
    title,
    body,
    visibility,
    revision: 0,
    createdAt: at,
    updatedAt: at,
  };
}

/** Everything below cohort A's timetable and memberships, placed around the timetable's dates. */
export function cohortAContent(timetable: DemoTimetable): DemoDocument[] {
  const base = `cohorts/${cohortA.id}`;
  const [amara, gareth, sunita, ewan] = cohortA.participants as [
    DemoPerson,
    DemoPerson,
    DemoPerson,
    DemoPerson,
  ];
  const [director, associate] = cohortA.facilitators as [DemoPerson, DemoPerson];
  const [module1, module2] = timetable.modules as [
    DemoTimetable['modules'][number],
    DemoTimetable['modules'][number],
  ];
  const after = (isoDate: string, days: number) => ({
    at: londonInstant(addDaysIso(isoDate, days), '19:30'),
  });
  const docs: DemoDocument[] = [];

  for (const { id, ...material } of materials)
    docs.push({ path: `${base}/materials/${id}`, data: material });

  cohortA.participants.forEach((person, index) => {
    const callDay = addDaysIso(module1.days[0], -35 + (index % 10));
    docs.push({
      path: `${base}/directorCalls/${person.uid}`,
      data: {
        uid: person.uid,
        scheduledAt: londonInstant(callDay, index % 2 ? '10:00' : '14:30'),
        completed: true,
        summary: `We talked about your role in the system and what you want from the programme. Your goals are on this page; we will come back to them at each module.`,
      },
    });
    docs.push({
      path: `${base}/directorCallNotes/${person.uid}`,
      data: {
        notes: `Facilitator notes for ${person.displayName}: keen to test ideas with peers; watch for time pressure.`,
      },
    });
    [0, 1].forEach((offset) => {
      const text = goalTexts[(index + offset) % goalTexts.length] ?? '';
      docs.push({
        path: `${base}/goals/${person.uid}-call-${offset + 1}`,
        data: {
          ownerUid: person.uid,
          text,
          source: 'director-call',
          createdBy: director.uid,
          checkIns:
            index < 6
              ? {
                  '1': {
                    progress: 1,
                    note: 'Started the conversations; the first meeting was candid.',
                  },
                  ...(offset === 0
                    ? { '2': { progress: 2, note: 'We now meet monthly and share one dashboard.' } }
                    : {}),
                }
              : {},
          createdAt: londonInstant(callDay, '16:00'),
          updatedAt: londonInstant(callDay, '16:00'),
        },
      });
    });
  });

  // Modules 1 and 2 are over: most participants were there for all four days, a few missed part;
  // the last two have no marks yet, as if their facilitator had not caught up.
  cohortA.participants.slice(0, -2).forEach((person, index) => {
    const marks = ['present', 'present', 'present', 'present'];
    if (index % 5 === 1) marks[1] = 'part';
    if (index % 7 === 3) marks[2] = 'absent';
    docs.push({
      path: `${base}/attendance/${person.uid}`,
      data: {
        uid: person.uid,
        days: { '1-1': marks[0], '1-2': marks[1], '2-1': marks[2], '2-2': marks[3] },
        updatedAt: after(module2.days[1], 0).at,
      },
    });
  });

  // Amara has read most of modules 1 and 2, with a takeaway or two.
  for (const [materialId, takeaway] of [
    ['m1-systems', 'Start from the residents’ journey, not the organisations.'],
    ['m1-perspectives', ''],
    ['m2-mindset', 'Curiosity before certainty.'],
  ] as const) {
    const moduleId = materials.find((m) => m.id === materialId)?.moduleId ?? '';
    docs.push({
      path: `${base}/readings/${amara.uid}__${materialId}`,
      data: {
        uid: amara.uid,
        materialId,
        moduleId,
        read: true,
        takeaway,
        updatedAt: after(module1.days[0], -3).at,
      },
    });
  }

  docs.push(
    {
      path: `${base}/journal/amara-m1-shared`,
      data: entry(
        amara,
        module1.id,
        'What I noticed about our local dialogue',
        'The exercise on **stuck patterns** named something we all feel: we meet often but rarely decide.\n\nI want to try opening the next partnership board with a question rather than a report.',
        'cohort',
        after(module1.days[1], 2),
      ),
    },
    {
      path: `${base}/journal/amara-m2-private`,
      data: entry(
        amara,
        module2.id,
        'Honest note to self',
        'I still default to defending my own organisation when budgets come up. Worth watching.',
        'private',
        after(module2.days[1], 1),
      ),
    },
    {
      path: `${base}/journal/amara-m2-cpd`,
      data: entry(
        amara,
        module2.id,
        'Naming a shared purpose with the ICB',
        '### What happened\n\nAt the partnership board I asked each organisation to say in one sentence what we are for. The answers were further apart than any of us expected.\n\n### What I learned\n\nAgreement on structures had hidden disagreement on purpose. Saying it aloud was uncomfortable and useful.\n\n### What I will do differently\n\nOpen each board with five minutes on purpose before any paper, and ask the voluntary sector to speak first.',
        'facilitators',
        after(module2.days[1], 6),
      ),
    },
    {
      path: `${base}/journal/gareth-m2-shared`,
      data: entry(
        gareth,
        module2.id,
        'A shared purpose we could actually use',
        'Our place has four strategies and no shared purpose. After module 2 I drafted one sentence and tested it with two partners – both changed it, which was the point.',
        'cohort',
        after(module2.days[1], 3),
      ),
    },
    {
      path: `${base}/journal/sunita-m2-facilitators`,
      data: entry(
        sunita,
        module2.id,
        'Something I would like advice on',
        'A difficult relationship with one partner is holding back our place work. I would value a conversation before module 3.',
        'facilitators',
        after(module2.days[1], 4),
      ),
    },
    {
      path: `${base}/journal/ewan-m2-private`,
      data: entry(
        ewan,
        module2.id,
        'Private thoughts',
        'Not ready to share this one yet.',
        'private',
        after(module2.days[1], 5),
      ),
    },
    {
      path: `${base}/journal/amara-m1-shared/comments/c1`,
      data: {
        authorUid: gareth.uid,
        authorName: gareth.displayName,
        visibility: 'cohort',
        body: 'Opening with a question worked for us too – it changed who spoke first.',
        createdAt: after(module1.days[1], 3).at,
        updatedAt: after(module1.days[1], 3).at,
      },
    },
    {
      path: `${base}/journal/gareth-m2-shared/comments/c1`,
      data: {
        authorUid: associate.uid,
        authorName: associate.displayName,
        visibility: 'cohort',
        body: 'Testing it with partners and letting them change it is exactly the move. Bring it to module 3?',
        createdAt: after(module2.days[1], 4).at,
        updatedAt: after(module2.days[1], 4).at,
      },
    },
    {
      path: `${base}/announcements/module-3-joining`,
      data: {
        title: 'Module 3 is online – joining details to follow',
        body: 'Module 3 runs online. The joining link will arrive by email a week before.\n\nPlease do the **required pre-reading** first, especially *Old power and new power*.',
        authorUid: director.uid,
        authorName: director.displayName,
        createdAt: after(module2.days[1], 7).at,
        updatedAt: after(module2.days[1], 7).at,
      },
    },
    {
      path: `${base}/announcements/welcome`,
      data: {
        title: 'Welcome to the portal',
        body: 'Your timetable, pre-reading and the goals from your director call are all here. Reflections are private unless you choose to share them.',
        authorUid: associate.uid,
        authorName: associate.displayName,
        createdAt: after(module1.days[0], -20).at,
        updatedAt: after(module1.days[0], -20).at,
      },
    },
  );

  // What is new for each participant since module 2: the module 3 announcement, and for Amara a
  // reply. Normally the functions keep these lists; the demo starts with them written.
  const announced = after(module2.days[1], 7).at;
  for (const person of cohortA.participants) {
    docs.push({
      path: `${base}/whatsNew/${person.uid}`,
      data: {
        items: [
          ...(person.uid === amara.uid
            ? [
                {
                  id: 'reply:c1',
                  kind: 'reply',
                  title: `${gareth.displayName} replied to your reflection`,
                  path: `/cohorts/${cohortA.id}/journal/amara-m1-shared`,
                  at: after(module1.days[1], 3).at,
                },
              ]
            : []),
          {
            id: 'announcement:module-3-joining',
            kind: 'announcement',
            title: 'Module 3 is online – joining details to follow',
            path: `/cohorts/${cohortA.id}`,
            at: announced,
          },
        ].sort((a, b) => b.at.getTime() - a.at.getTime()),
        feedbackGiven: feedbackGivenBy(timetable, person.uid),
      },
    });
  }
  docs.push(...cohortAFeedback(timetable));
  return docs;
}
