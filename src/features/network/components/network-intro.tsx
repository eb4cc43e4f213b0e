import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** What someone outside the network sees: what it is, what others would see, and the way in. */
export function NetworkIntro({ cohortId }: { cohortId: string }) {
  return (
    <div className="stack">
      <p className="lead">
        Leaders from every cohort of the programme, past and present, find each other here: to talk
        through a problem, visit each other’s services, mentor, or work together.
      </p>
      <section className="card" aria-labelledby="network-what-heading">
        <h2 id="network-what-heading">What others in the network will see</h2>
        <ul>
          <li>Your name, organisation, job title, sector and region</li>
          <li>What you are working on, and what you are open to</li>
          <li>Your cohort, shown as its season (for example “Spring 2027”)</li>
          <li>A contact email, only if you choose to show one</li>
          <li>The asks, offers and replies you post on the noticeboard</li>
        </ul>
        <p>
          Nothing from your cohort comes with you: your journal, goals, readings, director call and
          your cohort’s people stay where they are. You fill in the profile yourself and can change
          it at any time.
        </p>
        <p>
          Leaving is one button and takes effect at once. What you posted stays, signed “a former
          member”, with no name.
        </p>
        <p className="actions">
          <Link className="button" to={paths.networkProfile(cohortId)}>
            Join the network
          </Link>
        </p>
      </section>
    </div>
  );
}
