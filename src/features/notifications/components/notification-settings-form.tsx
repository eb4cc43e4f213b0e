import { useState } from 'react';
import { Checkbox, Form, Radios, SubmitButton, saved } from '@/components/form';
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

const replyOptions = replyDeliveries.map((delivery) => ({
  value: delivery,
  label: replyLabels[delivery],
}));

export function NotificationSettingsForm({
  choices,
  onSave,
}: {
  choices: EmailChoices;
  onSave: (choices: EmailChoices) => Promise<unknown>;
}) {
  const [chosen, setChosen] = useState(choices);

  async function handleSubmit() {
    await onSave(chosen);
    return saved('Saved. Your choices apply to the next email.');
  }

  return (
    <Form
      className="form card"
      onSubmit={handleSubmit}
      failure="Your choices could not be saved. Check your connection and press Save again."
    >
      <fieldset className="stack">
        <legend>Email me about</legend>
        {onOffKinds.map(({ kind, label, hint }) => (
          <Checkbox
            key={kind}
            id={`email-${kind}`}
            label={label}
            hint={hint}
            checked={chosen[kind]}
            onChange={(checked) => setChosen({ ...chosen, [kind]: checked })}
          />
        ))}
      </fieldset>
      <Radios
        id="email-replies"
        name="replies"
        className="stack"
        legend="Replies to reflections you shared"
        hint="The email says who replied to which reflection and links to it; the words stay in the portal."
        value={chosen.replies}
        options={replyOptions}
        // The options are replyDeliveries, so every value is one.
        onChange={(replies) => setChosen({ ...chosen, replies: replies as ReplyDelivery })}
      />
      <p>
        <SubmitButton pendingLabel="Saving…">Save my choices</SubmitButton>
      </p>
    </Form>
  );
}
