import { NavLink } from 'react-router';
import { paths } from '@/config/paths';

/** The network's own three places, under the portal's main navigation. */
export function NetworkTabs({ cohortId, member }: { cohortId: string; member: boolean }) {
  return (
    <nav aria-label="Network" className="sub-nav">
      <ul>
        <li>
          <NavLink to={paths.network(cohortId)} end>
            People
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.noticeboard(cohortId)}>Noticeboard</NavLink>
        </li>
        {member && (
          <li>
            <NavLink to={paths.networkProfile(cohortId)}>Your network profile</NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
