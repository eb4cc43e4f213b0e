import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { TextEntryForm } from '@/components/ui/text-entry-form';
import { NETWORK_LIMITS } from '@/lib/firestore/network-vocabulary';

type ModerationActionsProps = {
  /** Distinguishes the forms of a post and each of its replies. */
  id: string;
  what: 'post' | 'reply';
  hidden: boolean;
  canHide: boolean;
  canReport: boolean;
  onHide: (hidden: boolean, reason: string) => Promise<unknown>;
  onReport: (reason: string) => Promise<unknown>;
};

/** Report something to the programme team, or (for the team) hide it with a reason, or show it again. */
export function ModerationActions({
  id,
  what,
  hidden,
  canHide,
  canReport,
  onHide,
  onReport,
}: ModerationActionsProps) {
  const [open, setOpen] = useState<'hide' | 'report' | null>(null);
  const [reported, setReported] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!canHide && !canReport) return null;
  if (reported) {
    return <Alert tone="success">Thank you. The programme team will look at this {what}.</Alert>;
  }
  return (
    <div className="stack">
      <p className="actions">
        {canHide && hidden && (
          <button
            type="button"
            className="button secondary"
            onClick={() => onHide(false, '').catch(() => setFailed(true))}
          >
            Show this {what} again
          </button>
        )}
        {canHide && !hidden && open !== 'hide' && (
          <button type="button" className="button secondary" onClick={() => setOpen('hide')}>
            Hide this {what}
          </button>
        )}
        {canReport && open !== 'report' && (
          <button type="button" className="link-button" onClick={() => setOpen('report')}>
            Report this {what} to the programme team
          </button>
        )}
      </p>
      {failed && <Alert tone="error">That did not work. Try again in a moment.</Alert>}
      {open === 'hide' && (
        <TextEntryForm
          id={`${id}-hide-reason`}
          label={`Why you are hiding this ${what} (its author sees this)`}
          submitLabel={`Hide the ${what}`}
          maxLength={NETWORK_LIMITS.hiddenReason}
          emptyMessage="Say why, in a few words: its author will see it."
          failureMessage="We could not hide it. Try again in a moment."
          onSubmit={async (reason) => {
            await onHide(true, reason);
            setOpen(null);
          }}
        />
      )}
      {open === 'report' && (
        <TextEntryForm
          id={`${id}-report-reason`}
          label="What is wrong with it? Only the programme team sees your report."
          submitLabel="Send the report"
          maxLength={NETWORK_LIMITS.reportReason}
          emptyMessage="Say what is wrong, in a few words."
          failureMessage="We could not send the report. Your words are still here; try again."
          onSubmit={async (reason) => {
            await onReport(reason);
            setReported(true);
          }}
        />
      )}
    </div>
  );
}
