import { describe, expect, it } from 'vitest';
import { asJson, asReadableDocument } from './export-formats';
import type { MyData } from './my-data';

const data: MyData = {
  exportedAt: '2027-03-01T10:00:00.000Z',
  person: {
    uid: 'p-1',
    email: 'amara@example.org',
    displayName: 'Amara <b>O</b>',
    profile: {},
    emailChoices: { announcements: false, replies: 'daily' },
  },
  cohorts: [
    {
      cohortId: 'c-1',
      cohortName: 'Spring 2027',
      role: 'participant',
      membership: { displayName: 'Amara', jobTitle: 'Director' },
      directorCall: {
        scheduledAt: '2027-01-10T14:30:00.000Z',
        completed: true,
        summary: 'Good call',
      },
      goals: [
        {
          text: 'Lead one joint project',
          source: 'director-call',
          createdAt: '2027-01-10T16:00:00.000Z',
          checkIns: [{ afterModule: 1, progress: 'Some progress', note: 'Started' }],
        },
      ],
      readings: [
        { material: 'Systems', moduleId: 'module-1', read: true, takeaway: 'Residents first' },
      ],
      journal: [
        {
          id: 'e-1',
          moduleId: 'module-1',
          title: '<script>alert(1)</script>',
          body: 'Line one\n<img src=x onerror=alert(1)>',
          visibility: 'private',
          createdAt: '2027-02-01T09:00:00.000Z',
          updatedAt: '2027-02-01T09:00:00.000Z',
          replies: [],
        },
      ],
      attendance: { '1-2': 'part', '1-1': 'present' },
      moduleFeedback: [
        {
          moduleId: 'module-1',
          overall: 4,
          sessions: { '1-10:00': 5 },
          helped: 'The <i>action learning</i> sets',
          change: '',
          updatedAt: '2027-02-03T09:00:00.000Z',
        },
      ],
      myReplies: [{ entryId: 'e-9', body: 'Thank you', createdAt: '2027-02-02T09:00:00.000Z' }],
    },
  ],
  network: {
    profile: { displayName: 'Amara Okafor', region: 'West Yorkshire', tags: ['workforce'] },
    posts: [
      {
        kind: 'ask',
        title: 'Who has a <b>joint</b> plan?',
        body: 'Asking',
        tags: [],
        hiddenReason: 'Names a patient',
        createdAt: '2027-02-03T09:00:00.000Z',
      },
    ],
    replies: [
      {
        postId: 'p-1',
        body: 'Glad to help',
        hiddenReason: '',
        createdAt: '2027-02-04T09:00:00.000Z',
      },
    ],
  },
  notIncluded: ['Facilitators’ private notes'],
};

describe('the downloads', () => {
  it('JSON holds every record as gathered', () => {
    expect(JSON.parse(asJson(data))).toEqual(data);
  });

  it('the readable document shows every record, in UK time, with written text escaped', () => {
    const html = asReadableDocument(data);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Amara &lt;b&gt;O&lt;/b&gt;');
    expect(html).toContain('10 January 2027 at 14:30');
    expect(html).toContain('After module 1: Some progress. Started');
    expect(html).toContain('Systems: read – “Residents first”');
    expect(html).toContain('Only you');
    expect(html).toContain('Thank you');
    expect(html).toContain('Facilitators’ private notes');
    expect(html).toContain('region: &quot;West Yorkshire&quot;');
    expect(html).toContain('Who has a &lt;b&gt;joint&lt;/b&gt; plan?');
    expect(html).toContain('hidden by the programme team: Names a patient');
    expect(html).toContain('Glad to help');
    expect(html).toContain('<li>Module 1, day 1: present</li><li>Module 1, day 2: part</li>');
    expect(html).toContain('module-1: overall 4 out of 5');
    expect(html).toContain('What helped most: The &lt;i&gt;action learning&lt;/i&gt; sets');
    expect(html).not.toContain('What should change');
  });

  it('says so when the person is not in the network', () => {
    expect(asReadableDocument({ ...data, network: null })).toContain('You are not in the network.');
  });
});
