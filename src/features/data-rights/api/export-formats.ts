import type { CohortData, MyData } from './my-data';

export const asJson = (data: MyData) => JSON.stringify(data, null, 2);

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/London',
      }).format(new Date(iso))
    : 'not set';

// Written text keeps its own line breaks; nothing in it is ever treated as markup.
const paragraph = (text: string) => `<p class="text">${escape(text)}</p>`;

const visibilityLabels = {
  private: 'Only you',
  facilitators: 'You and the facilitators',
  cohort: 'Everyone in your cohort',
} as const;

function cohortSection(cohort: CohortData): string {
  const parts = [
    `<h2>${escape(cohort.cohortName)}</h2>`,
    `<p>Your role: ${escape(cohort.role)}. Shown to your cohort as ${escape(cohort.membership.displayName)}${cohort.membership.jobTitle ? `, ${escape(cohort.membership.jobTitle)}` : ''}${cohort.membership.organisation ? `, ${escape(cohort.membership.organisation)}` : ''}.</p>`,
  ];
  if (cohort.directorCall) {
    parts.push(
      '<h3>Your call with the programme director</h3>',
      `<p>${when(cohort.directorCall.scheduledAt)} · ${cohort.directorCall.completed ? 'held' : 'not held yet'}</p>`,
      paragraph(cohort.directorCall.summary || 'No summary yet.'),
    );
  }
  parts.push(`<h3>Goals (${cohort.goals.length})</h3>`);
  for (const goal of cohort.goals) {
    parts.push(
      `<h4>${escape(goal.text)}</h4>`,
      `<p>${goal.source === 'director-call' ? 'From your director call' : 'Set by you'}, ${when(goal.createdAt)}</p>`,
      ...goal.checkIns.map(
        (c) => `<p>After module ${c.afterModule}: ${escape(c.progress)}. ${escape(c.note)}</p>`,
      ),
    );
  }
  parts.push(`<h3>Pre-reading (${cohort.readings.length})</h3>`, '<ul>');
  for (const reading of cohort.readings) {
    parts.push(
      `<li>${escape(reading.material)}: ${reading.read ? 'read' : 'not read'}${reading.takeaway ? ` – “${escape(reading.takeaway)}”` : ''}</li>`,
    );
  }
  parts.push('</ul>', '<h3>Attendance</h3>');
  const marks = Object.entries(cohort.attendance).sort(([a], [b]) => a.localeCompare(b));
  parts.push(
    marks.length === 0
      ? '<p>None recorded.</p>'
      : `<ul>${marks
          .map(([key, mark]) => {
            const [moduleNumber, day] = key.split('-');
            return `<li>Module ${escape(moduleNumber ?? '')}, day ${escape(day ?? '')}: ${escape(mark)}</li>`;
          })
          .join('')}</ul>`,
  );
  if (cohort.moduleFeedback.length > 0) {
    parts.push('<h3>Module feedback (seen by nobody else)</h3>');
    for (const answer of cohort.moduleFeedback) {
      parts.push(
        `<h4>${escape(answer.moduleId)}: overall ${answer.overall} out of 5</h4>`,
        answer.helped ? `<p>What helped most: ${escape(answer.helped)}</p>` : '',
        answer.change ? `<p>What should change: ${escape(answer.change)}</p>` : '',
      );
    }
  }
  parts.push(`<h3>Journal (${cohort.journal.length} entries)</h3>`);
  for (const entry of cohort.journal) {
    parts.push(
      `<h4>${escape(entry.title || 'Untitled reflection')}</h4>`,
      `<p>${when(entry.createdAt)} · ${visibilityLabels[entry.visibility]}</p>`,
      paragraph(entry.body),
      ...entry.replies.map(
        (r) =>
          `<blockquote><p>${escape(r.authorName)}, ${when(r.createdAt)}:</p>${paragraph(r.body)}</blockquote>`,
      ),
    );
  }
  parts.push(`<h3>Your replies to others (${cohort.myReplies.length})</h3>`);
  for (const reply of cohort.myReplies)
    parts.push(`<p>${when(reply.createdAt)}:</p>`, paragraph(reply.body));
  return parts.join('\n');
}

function networkSection(network: MyData['network']): string {
  if (!network) return '<h2>National network</h2>\n<p>You are not in the network.</p>';
  const shown = Object.entries(network.profile)
    .map(([field, value]) => `<li>${escape(field)}: ${escape(JSON.stringify(value))}</li>`)
    .join('');
  const parts = ['<h2>National network</h2>', '<h3>Your profile</h3>', `<ul>${shown}</ul>`];
  parts.push(`<h3>Your posts (${network.posts.length})</h3>`);
  for (const post of network.posts) {
    parts.push(
      `<h4>${escape(post.title)}</h4>`,
      `<p>${post.kind === 'ask' ? 'Ask' : 'Offer'}, ${when(post.createdAt)}${post.hiddenReason ? ` · hidden by the programme team: ${escape(post.hiddenReason)}` : ''}</p>`,
      paragraph(post.body),
    );
  }
  parts.push(`<h3>Your replies in the network (${network.replies.length})</h3>`);
  for (const reply of network.replies)
    parts.push(`<p>${when(reply.createdAt)}:</p>`, paragraph(reply.body));
  return parts.join('\n');
}

/** A document a person can open in any browser, print or keep. */
export function asReadableDocument(data: MyData): string {
  const name = data.person.displayName ?? data.person.email ?? 'you';
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Everything the portal holds about ${escape(name)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1b; }
.text { white-space: pre-wrap; }
blockquote { border-left: 4px solid #0d4f5c; margin-left: 0; padding-left: 1rem; }
</style>
</head>
<body>
<h1>Everything the portal holds about ${escape(name)}</h1>
<p>Downloaded ${when(data.exportedAt)}. Email address: ${escape(data.person.email ?? 'none')}.</p>
<p>Emails you chose to get: ${escape(
    Object.entries(data.person.emailChoices)
      .map(([kind, choice]) => `${kind}: ${String(choice)}`)
      .join(', '),
  )}.</p>
${data.cohorts.map(cohortSection).join('\n')}
${networkSection(data.network)}
<h2>Not in this download</h2>
<ul>${data.notIncluded.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>
</body>
</html>
`;
}
