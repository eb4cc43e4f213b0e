import { useEffect } from 'react';
import { Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { PageTitle } from '@/components/ui/page-title';
import { reportError } from '@/lib/error-reporter';
import { describeError } from './describe-error';

export function RouteErrorBoundary() {
  const error = useRouteError();
  const { title, message, unexpected } = describeError(error);

  useEffect(() => {
    console.warn('Route error shown to the person:', error);
    if (unexpected) reportError(error);
  }, [error, unexpected]);

  return (
    <main id="main" className="public-page" tabIndex={-1}>
      <PageTitle>{title}</PageTitle>
      <div className="card narrow">
        <h1>{title}</h1>
        <p>{message}</p>
        <p className="actions">
          <Link className="button" to={paths.home()}>
            Go to your dashboard
          </Link>
          <button
            type="button"
            className="button secondary"
            onClick={() => window.location.reload()}
          >
            Try again
          </button>
        </p>
      </div>
    </main>
  );
}
