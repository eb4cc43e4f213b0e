import { Link } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';

export function Component() {
  return (
    <PublicLayout title="Page not found">
      <p>We could not find that page. It may have moved, or the link may be incomplete.</p>
      <p>
        <Link className="button" to={paths.home()}>
          Go to your dashboard
        </Link>
      </p>
    </PublicLayout>
  );
}
