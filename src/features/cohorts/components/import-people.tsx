import { useState } from 'react';
import { Field, Form, invalid, saved, SubmitButton, TextAreaField } from '@/components/form';
import {
  DETAIL_LIMIT,
  NAME_LIMIT,
  readPeople,
  type PersonRow,
  type RowOutcome,
} from '@/lib/people-csv';
import { previewImport, useSendImport, type ImportResult } from '../api/waiting-list';

const PREVIEW_LABELS: Record<RowOutcome, string> = {
  invite: 'Will invite',
  'waiting-list': 'No seat: goes on the waiting list',
  'already-member': 'Already a member',
  'already-invited': 'Already invited',
  'already-waiting': 'Already on the waiting list',
  'not-an-email': 'Not an email address',
  duplicate: 'Duplicate in the file',
  'too-long': `Too long: a name has at most ${NAME_LIMIT} characters, an organisation or job title ${DETAIL_LIMIT}`,
};

const SENT_LABELS: Record<RowOutcome, string> = {
  ...PREVIEW_LABELS,
  invite: 'Invited; we are emailing them a link',
  'waiting-list': 'Added to the waiting list',
};

const count = (results: ImportResult[], outcome: RowOutcome) =>
  results.filter((result) => result.outcome === outcome).length;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The button's words: what pressing it will do, so nothing is sent by surprise. */
function sendLabel(preview: ImportResult[]) {
  const invites = count(preview, 'invite');
  const waits = count(preview, 'waiting-list');
  const parts = [
    invites > 0 && `Send ${plural(invites, 'invitation', 'invitations')}`,
    waits > 0 && `${invites > 0 ? 'add' : 'Add'} ${waits} to the waiting list`,
  ].filter(Boolean);
  return parts.join(' and ');
}

type Shown = { kind: 'preview' | 'sent'; people: PersonRow[]; results: ImportResult[] };

/**
 * Participants from a spreadsheet: read on the device, judged by the server row by row (who is
 * already a member only it knows), and sent only when the facilitator has seen each outcome.
 */
export function ImportPeople({ cohortId }: { cohortId: string }) {
  const [text, setText] = useState('');
  const [shown, setShown] = useState<Shown | null>(null);
  const send = useSendImport(cohortId);

  function changeText(value: string) {
    setText(value);
    // A preview of other rows must not be sent: the facilitator previews again.
    setShown(null);
  }

  async function readFile(file: File | undefined) {
    if (file) changeText(await file.text());
  }

  async function handleSubmit(button: string | null) {
    if (button === 'send' && shown?.kind === 'sent') {
      setShown(null);
      return undefined;
    }
    if (button === 'send' && shown?.kind === 'preview') {
      const results = await send.mutateAsync(shown.people);
      setShown({ kind: 'sent', people: shown.people, results });
      setText('');
      const invited = count(results, 'invite');
      const waiting = count(results, 'waiting-list');
      return saved(
        `Sent ${plural(invited, 'invitation', 'invitations')} and added ${waiting} to the waiting list. Each row’s outcome is below.`,
      );
    }
    const file = readPeople(text);
    if (file.problem !== null) return invalid({ 'import-csv': file.problem });
    if (file.people.length === 0) {
      return invalid({ 'import-csv': 'The file has a header but nobody under it.' });
    }
    const results = await previewImport(cohortId, file.people);
    setShown({ kind: 'preview', people: file.people, results });
    return undefined;
  }

  const preview = shown?.kind === 'preview' ? shown.results : [];
  const label = sendLabel(preview);

  return (
    <Form
      className="form import-form"
      onSubmit={handleSubmit}
      failure="Nothing was sent: the portal could not be reached. Your rows are still here; try again."
      aria-labelledby="import-heading"
    >
      <h3 id="import-heading">Invite from a spreadsheet</h3>
      <Field
        id="import-file"
        label="Choose a CSV file"
        hint="Save the spreadsheet as CSV (UTF-8). Columns: Name, Email, Organisation, Job title, in any order."
      >
        {(control) => (
          <input
            {...control}
            type="file"
            className="import-file"
            accept=".csv,text/csv"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        )}
      </Field>
      <TextAreaField
        id="import-csv"
        label="Or paste the spreadsheet’s rows, with its header"
        rows={4}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={changeText}
      />
      <p>
        <SubmitButton name="preview" className="button small secondary" pendingLabel="Checking…">
          Preview
        </SubmitButton>
      </p>
      {shown && (
        <div className="table-scroll">
          <table className="agenda import-preview">
            <caption>
              {shown.kind === 'preview' ? 'Before anything is sent' : 'What was sent'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Person</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {shown.results.map((result) => (
                <tr key={result.row}>
                  <td data-label="Row">{result.row}</td>
                  <td data-label="Person">
                    {result.name && `${result.name} · `}
                    {result.email || '(no email)'}
                  </td>
                  <td data-label="Outcome">
                    {(shown.kind === 'preview' ? PREVIEW_LABELS : SENT_LABELS)[result.outcome]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown?.kind === 'sent' && (
        <p>
          <SubmitButton name="send" className="button small secondary" pendingLabel="Clearing…">
            Import another file
          </SubmitButton>
        </p>
      )}
      {shown?.kind === 'preview' && (
        <p>
          {label ? (
            <SubmitButton name="send" className="button small" pendingLabel="Sending…">
              {label}
            </SubmitButton>
          ) : (
            'Nobody in this file can be invited or added to the waiting list.'
          )}
        </p>
      )}
    </Form>
  );
}
