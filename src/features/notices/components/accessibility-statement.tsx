import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Controller } from './privacy-notice';

/**
 * The accessibility statement, in the order of GOV.UK's sample statement, from what the portal's
 * own tests check (tests/e2e: axe on every screen they visit, keyboard-only journeys, phone width).
 */
export function AccessibilityStatement({ controller }: { controller: Controller | null }) {
  const runBy = controller?.controllerName ?? 'the programme team';
  const contact = controller ? (
    <a href={`mailto:${controller.contactEmail}`}>{controller.contactEmail}</a>
  ) : (
    'your programme director'
  );
  return (
    <>
      <p className="lead">
        This accessibility statement applies to the portal of{' '}
        <em>Building collaborative leadership across health and care organisations</em>.
      </p>
      <p>
        This portal is run by {runBy}. We want as many people as possible to be able to use it. For
        example, that means you should be able to:
      </p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use it on a phone as well as at a desk, without scrolling sideways</li>
        <li>navigate most of the portal using just a keyboard</li>
        <li>navigate most of the portal using speech recognition software</li>
        <li>listen to most of the portal using a screen reader</li>
      </ul>
      <p>We have also made the text as simple as possible to understand.</p>

      <h2>How accessible this portal is</h2>
      <p>We know some parts of this portal have not yet been checked fully:</p>
      <ul>
        <li>
          files you download (calendar files, your learning record and your data download) have not
          been tested with a screen reader
        </li>
        <li>emails from the portal have not been tested with assistive technology</li>
        <li>the portal has not yet been audited by an independent specialist</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information on this portal in a different format, such as large print or an
        accessible document, contact {contact}. We will consider your request and get back to you
        within 5 working days.
      </p>

      <h2>Reporting accessibility problems with this portal</h2>
      <p>
        We are always looking to improve the accessibility of this portal. If you find any problems
        not listed on this page or think we are not meeting accessibility requirements, contact{' '}
        {contact}.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
        Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the
        ‘accessibility regulations’). If you are not happy with how we respond to your complaint,
        contact the Equality Advisory and Support Service (EASS).
      </p>

      <h2>Technical information about this portal’s accessibility</h2>
      <p>
        {runBy.charAt(0).toUpperCase() + runBy.slice(1)} is committed to making this portal
        accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications)
        (No. 2) Accessibility Regulations 2018.
      </p>
      <h3>Compliance status</h3>
      <p>
        This portal is partially compliant with the Web Content Accessibility Guidelines version 2.2
        AA standard, because of the parts not yet checked listed above. We know of no failure of the
        standard in the screens themselves.
      </p>

      <h2>What we’re doing to improve accessibility</h2>
      <p>
        Every change to the portal runs its accessibility tests before it is published. We will test
        the downloads and emails with a screen reader and have the portal audited independently.
      </p>

      <h2>Preparation of this accessibility statement</h2>
      <p>This statement was prepared on 1 December 2026.</p>
      <p>
        It is based on the portal’s own automated tests, run on every change in Chromium, at desktop
        width and at a phone’s 360 pixels:
      </p>
      <ul>
        <li>
          axe-core accessibility checks on the sign-in page, every section of a cohort, the journal,
          feedback, the network, the programme team’s pages and these notices
        </li>
        <li>
          whole journeys with the keyboard alone: a participant doing the reading, a check-in and a
          shared reflection; a facilitator editing the timetable, posting, inviting and recording a
          goal
        </li>
        <li>
          a skip link to the main content, a heading that takes focus on every new page, and a title
          for every page
        </li>
      </ul>
      <p>
        See also the <Link to={paths.privacy()}>privacy notice</Link>.
      </p>
    </>
  );
}
