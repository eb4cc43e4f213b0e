import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';
import { AUDIT_RETENTION } from '@/lib/firestore/audit-schemas';
import { LEDGER_BODY_DAYS, REMOVAL_GRACE_DAYS } from '@/lib/retention';
import { PRIVACY_NOTICE_DATE, PRIVACY_NOTICE_VERSION } from '../notice-version';
import { whoCanRead } from '../who-can-read';

export type Controller = { controllerName: string; contactEmail: string; dpoContact: string };

type PrivacyNoticeProps = { controller: Controller | null; cohortMonths: number };

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The portal's privacy notice, written from what it does; the access table is generated. */
export function PrivacyNotice({ controller, cohortMonths }: PrivacyNoticeProps) {
  return (
    <>
      <p className="lead">
        What the portal of{' '}
        <em>Building collaborative leadership across health and care organisations</em> keeps about
        you, who can read it, how long it is kept, and how to use your rights.
      </p>
      <p className="hint">
        Version {PRIVACY_NOTICE_VERSION}, published {formatLongDate(PRIVACY_NOTICE_DATE)}.
      </p>

      <h2 id="controller">Who is responsible for your data</h2>
      {controller ? (
        <>
          <p>
            The controller of your data is {controller.controllerName}. Write to{' '}
            <a href={`mailto:${controller.contactEmail}`}>{controller.contactEmail}</a> with any
            question about it.
          </p>
          {controller.dpoContact && <p>Data protection officer: {controller.dpoContact}.</p>}
        </>
      ) : (
        <p>
          The programme team has not yet named the controller here. Until it does, ask your
          programme director who is responsible for your data.
        </p>
      )}

      <h2 id="collected">What the portal keeps and why</h2>
      <ul>
        <li>
          <strong>Your account</strong>: your name, email address and password (held by Firebase
          Authentication, never readable by the programme), so you can sign in.
        </li>
        <li>
          <strong>Your profile and place</strong>: organisation, job title, which cohort you are in
          and your role there, so your cohort knows who is who.
        </li>
        <li>
          <strong>Your learning</strong>: goals and check-ins, the summary of your director call,
          what you have read and your takeaways, attendance at each module day, journal entries and
          replies, and your answers to module feedback, because these are what the programme is for.
        </li>
        <li>
          <strong>The national network</strong>, only if you join it: the profile you write and your
          posts and replies.
        </li>
        <li>
          <strong>Emails</strong>: your choices of which emails to get, and a record of each email
          sent to you, so that none is sent twice.
        </li>
        <li>
          <strong>Records of staff actions</strong>: who on the staff removed, appointed or erased
          whom, and when (never what anyone wrote), so that such actions can be checked.
        </li>
        <li>
          <strong>Which version of this notice you were shown</strong>, so you are told when it
          changes.
        </li>
        <li>
          <strong>Error counts</strong>: how many errors browsers reported each day, as numbers
          only, to find faults.
        </li>
      </ul>

      <h2 id="who-can-read">Who can read what</h2>
      <p>
        The portal’s security rules decide this, and they are tested against this same table on
        every change. “You” means the person the document is about; for something that belongs to
        the whole cohort, any participant in it.
      </p>
      <table className="agenda">
        <caption className="visually-hidden">Who can read each kind of record</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Who can read it</th>
          </tr>
        </thead>
        <tbody>
          {whoCanRead().map((row) => (
            <tr key={row.kind}>
              <th scope="row">{row.what}</th>
              <td>
                {row.readers.length === 0 ? (
                  'Nobody through the portal: only its own server code'
                ) : (
                  <ul className="plain-list">
                    {row.readers.map((reader) => (
                      <li key={reader}>{capitalised(reader)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Private journal entries are yours alone: facilitators and the programme team cannot read
        them or count them. Facilitators and the programme team see module feedback only as a
        summary of at least three people’s answers.
      </p>

      <h2 id="where">Where it is stored</h2>
      <p>
        In Google Firebase (Cloud Firestore, Firebase Authentication and Cloud Functions), in
        Google’s London region, europe-west2. Emails are sent from the programme’s own address
        through its own mail server.
      </p>

      <h2 id="how-long">How long it is kept</h2>
      <ul>
        <li>
          A cohort’s content (journal entries and replies, goals, director-call records, attendance,
          feedback, announcements, materials and invitations) is deleted {cohortMonths} months after
          the cohort ends. You are emailed before that happens, with links to download your data. A
          short record stays: the cohort’s name, dates and how many took part.
        </li>
        <li>
          If you are removed from a cohort, you can still read your own entries and download your
          data for {REMOVAL_GRACE_DAYS} days; then everything of yours in that cohort is deleted.
        </li>
        <li>
          The text of each email sent is deleted after {LEDGER_BODY_DAYS} days; a record that it was
          sent stays, so it is not sent again.
        </li>
        <li>
          Records of staff actions are kept for {AUDIT_RETENTION.defaultMonths} months, or the
          period the programme team sets between {AUDIT_RETENTION.minMonths} and{' '}
          {AUDIT_RETENTION.maxMonths} months.
        </li>
        <li>Your network profile stays until you leave the network, which is one button.</li>
        <li>Your account stays until you ask for it to be removed.</li>
      </ul>

      <h2 id="emails">Your email choices</h2>
      <p>
        You choose which reminders, announcements, timetable changes and replies you are emailed
        about, in your email settings, and every such email has a link to stop them. Invitations,
        emails that confirm your address or reset your password, and emails about your data (a
        removal, or a cohort’s content about to be deleted) always go. No email ever carries the
        words of a journal entry or a reply: they point you to the portal.
      </p>

      <h2 id="rights">Your rights, and how to use them here</h2>
      <ul>
        <li>
          <strong>To a copy of your data</strong>: in any cohort, open “Your data” and download
          everything the portal holds about you, as a document or as JSON.
        </li>
        <li>
          <strong>To correct it</strong>: edit your profile, goals and journal entries yourself, or
          ask your facilitators to correct what they recorded.
        </li>
        <li>
          <strong>To have it erased</strong>: delete your own entries at any time; to have
          everything of yours removed from a cohort, ask the programme team, who erase it and
          confirm when it is done.
        </li>
        <li>
          <strong>To object or ask for its use to be limited</strong>: write to the contact above.
        </li>
        <li>
          <strong>To complain</strong>: to the contact above first, and if you are not satisfied, to
          the Information Commissioner’s Office (ico.org.uk).
        </li>
      </ul>

      <h2 id="changes">Changes to this notice</h2>
      <p>
        When this notice changes in a way that matters, you are shown the new version the next time
        you visit. See also the <Link to={paths.accessibility()}>accessibility statement</Link>.
      </p>
    </>
  );
}
