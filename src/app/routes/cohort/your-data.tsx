import { PageTitle } from '@/components/ui/page-title';
import { DownloadMyData } from '@/features/data-rights/components/download-my-data';

export function Component() {
  return (
    <>
      <PageTitle>Your data</PageTitle>
      <h1>Your data</h1>
      <p className="lead">
        What you write here belongs to you. You can take a copy of all of it at any time.
      </p>
      <DownloadMyData />
      <section className="card" aria-labelledby="erase-heading">
        <h2 id="erase-heading">Deleting your data</h2>
        <p>
          Deleting a journal entry deletes the replies to it as well. To have everything of yours
          removed from a cohort, ask the programme team: they erase it and confirm when it is done.
        </p>
      </section>
    </>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from '@/components/errors/route-error-boundary';
