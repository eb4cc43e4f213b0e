import { announcementsShown, useAnnouncementActions } from '../api/announcements';
import { AnnouncementForm } from './announcement-form';
import { AnnouncementList } from './announcement-list';

type CohortAnnouncementsProps = {
  cohortId: string;
  canPost: boolean;
  author: { uid: string; name: string };
};

export function CohortAnnouncements({ cohortId, canPost, author }: CohortAnnouncementsProps) {
  const { post, remove } = useAnnouncementActions(cohortId, author);
  return (
    <>
      {canPost && <AnnouncementForm onPost={(announcement) => post.mutateAsync(announcement)} />}
      <AnnouncementList
        cohortId={cohortId}
        max={announcementsShown(canPost)}
        onRemove={canPost ? (id) => remove.mutate(id) : undefined}
      />
    </>
  );
}
