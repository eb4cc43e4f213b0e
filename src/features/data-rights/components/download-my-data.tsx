import { Form, SubmitButton } from '@/components/form';
import { useSignedInUser } from '@/lib/firebase/current-user';
import { collectMyData } from '../api/collect-my-data';
import { asJson, asReadableDocument } from '../api/export-formats';

function saveFile(contents: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function DownloadMyData() {
  const user = useSignedInUser();

  // The pressed button's name says which format; a failure is the form's `failure` text.
  async function download(format: string | null) {
    const data = await collectMyData(user);
    const day = data.exportedAt.slice(0, 10);
    if (format === 'json') {
      saveFile(asJson(data), 'application/json', `my-portal-data-${day}.json`);
    } else {
      saveFile(asReadableDocument(data), 'text/html', `my-portal-data-${day}.html`);
    }
    // A download speaks for itself, so the form shows nothing.
    return undefined;
  }

  return (
    <section className="card" aria-labelledby="download-heading">
      <h2 id="download-heading">Download everything the portal holds about you</h2>
      <p>
        Your profile, your goals and check-ins, the summary of your director call, your reading
        records and takeaways, every journal entry (private ones too) with the replies to it, and
        the replies you left for others.
      </p>
      <Form
        onSubmit={download}
        failure="Your data could not be gathered just now. Check your connection and try again."
      >
        <p className="actions">
          <SubmitButton name="html" pendingLabel="Gathering…">
            Download as a document
          </SubmitButton>
          <SubmitButton name="json" className="button secondary" pendingLabel="Gathering…">
            Download as JSON
          </SubmitButton>
        </p>
      </Form>
      <p className="hint">
        The document opens in any web browser and can be printed. JSON is for moving your data to
        another service.
      </p>
    </section>
  );
}
