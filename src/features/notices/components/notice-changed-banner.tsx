import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useNoticeIsNew, useRecordNoticeShown } from '../api/notice-seen';

/** Shown on every cohort page until the person has seen the privacy notice's current version. */
export function NoticeChangedBanner({ uid }: { uid: string }) {
  const isNew = useNoticeIsNew(uid);
  const record = useRecordNoticeShown(uid);
  if (!isNew) return null;
  return (
    <section className="card highlight" aria-labelledby="notice-changed-heading">
      <h2 id="notice-changed-heading">The privacy notice has been updated</h2>
      <p>
        Read the <Link to={paths.privacy()}>new privacy notice</Link> to see what the portal keeps
        about you, who can read it and how long it is kept.
      </p>
      {record.isError && (
        <Alert tone="error">That did not save. Check your connection and try again.</Alert>
      )}
      <p>
        <button
          type="button"
          className="button secondary"
          disabled={record.isPending}
          onClick={() => record.mutate()}
        >
          {record.isPending ? 'Saving…' : 'I have read it'}
        </button>
      </p>
    </section>
  );
}
