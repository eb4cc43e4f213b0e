import { Alert } from '@/components/ui/alert';
import { onDemand } from '@/lib/on-demand';
import { announcementsShown, useAnnouncementActions } from '../api/announcements';
import { AnnouncementList } from './announcement-list';

// Only a facilitator posts, so the form (and the form kit with it) is not in a participant's
// dashboard; the staff dashboard's loader loads it before the page draws.
const announcementForm = onDemand(() => import('./announcement-form'));
export const preloadAnnouncementForm = () => announcementForm.preload();

type CohortAnnouncementsProps = {
  cohortId: string;
  canPost: boolean;
  author: { uid: string; name: string };
};

export function CohortAnnouncements({ cohortId, canPost, author }: CohortAnnouncementsProps) {
  const { post, remove } = useAnnouncementActions(cohortId, author);
  const { loaded: form, failed } = announcementForm.useLoaded(canPost);
  return (
    <>
      {canPost && form && (
        <form.AnnouncementForm onPost={(announcement) => post.mutateAsync(announcement)} />
      )}
      {canPost && failed && (
        <Alert tone="error">
          The form for posting an announcement could not load. Check your connection and reload the
          page to post one.
        </Alert>
      )}
      <AnnouncementList
        cohortId={cohortId}
        max={announcementsShown(canPost)}
        onRemove={canPost ? (id) => remove.mutate(id) : undefined}
      />
    </>
  );
}
