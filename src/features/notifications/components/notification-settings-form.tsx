import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { replyDeliveries, type ReplyDelivery } from '@/lib/firestore/schemas';
import type { EmailChoices } from '../api/notification-settings';

type OnOffKind = Exclude<keyof EmailChoices, 'replies'>;

const onOffKinds: { kind: OnOffKind; label: string; hint: string }[] = [
  {
    kind: 'moduleReminders',
    label: 'Module reminders',
    hint: 'A week and a day before each module: dates, venue, and the reading you have not marked read.',
  },
  {
    kind: 'callReminders',
    label: 'Director call reminders',
    hint: 'The day before your call with the programme director.',
  },
  {
    kind: 'announcements',
    label: 'Announcements',
    hint: 'When a facilitator posts an announcement to your cohort.',
  },
  {
    kind: 'timetableChanges',
    label: 'Timetable changes',
    hint: 'When the dates, venue or sessions of a module in the next three weeks change.',
  },
];

const replyLabels: Record<ReplyDelivery, string> = {
  digest: 'As they come, at most one email an hour',
  daily: 'Once a day, in the morning',
  off: 'Never',
};

type FormState = { tone: 'success' | 'error'; text: string } | null;

function readChoices(form: FormData): EmailChoices {
  const replies = form.get('replies');
  return {
    moduleReminders: form.get('moduleReminders') === 'on',
    callReminders: form.get('callReminders') === 'on',
    announcements: form.get('announcements') === 'on',
    timetableChanges: form.get('timetableChanges') === 'on',
    replies: replyDeliveries.includes(replies as ReplyDelivery)
      ? (replies as ReplyDelivery)
      : 'digest',
  };
}

export function NotificationSettingsForm({
  choices,
  onSave,
}: {
  choices: EmailChoices;
  onSave: (choices: EmailChoices) => Promise<unknown>;
}) {
  const [state, save, pending] = useActionState<FormState, FormData>(async (_previous, form) => {
    try {
      await onSave(readChoices(form));
      return { tone: 'success', text: 'Saved. Your choices apply to the next email.' };
    } catch {
      return {
        tone: 'error',
        text: 'Your choices could not be saved. Check your connection and press Save again.',
      };
    }
  }, null);

  return (
    <form className="form card" action={save}>
      {state && <Alert tone={state.tone}>{state.text}</Alert>}
      <fieldset className="stack">
        <legend>Email me about</legend>
        {onOffKinds.map(({ kind, label, hint }) => (
          <div className="field" key={kind}>
            <label className="checkbox">
              <input
                type="checkbox"
                name={kind}
                defaultChecked={choices[kind]}
                aria-describedby={`${kind}-hint`}
              />
              {label}
            </label>
            <p className="hint" id={`${kind}-hint`}>
              {hint}
            </p>
          </div>
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>Replies to reflections you shared</legend>
        <p className="hint" id="replies-hint">
          The email says who replied to which reflection and links to it; the words stay in the
          portal.
        </p>
        {replyDeliveries.map((delivery) => (
          <label className="checkbox" key={delivery}>
            <input
              type="radio"
              name="replies"
              value={delivery}
              defaultChecked={choices.replies === delivery}
              aria-describedby="replies-hint"
            />
            {replyLabels[delivery]}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save my choices'}
        </button>
      </p>
    </form>
  );
}
