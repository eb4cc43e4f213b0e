import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { useSignedInUser } from '@/lib/firebase/current-user';
import { collectMyData } from '../api/collect-my-data';
import { asJson, asReadableDocument } from '../api/export-formats';

type Format = 'json' | 'html';

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
  const [pending, setPending] = useState<Format | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: Format) {
    setPending(format);
    setError(null);
    try {
      const data = await collectMyData(user);
      const day = data.exportedAt.slice(0, 10);
      if (format === 'json') {
        saveFile(asJson(data), 'application/json', `my-portal-data-${day}.json`);
      } else {
        saveFile(asReadableDocument(data), 'text/html', `my-portal-data-${day}.html`);
      }
    } catch {
      setError('Your data could not be gathered just now. Check your connection and try again.');
    } finally {
      setPending(null);
    }
  }

  return (
    <section className="card" aria-labelledby="download-heading">
      <h2 id="download-heading">Download everything the portal holds about you</h2>
      <p>
        Your profile, your goals and check-ins, the summary of your director call, your reading
        records and takeaways, every journal entry (private ones too) with the replies to it, and
        the replies you left for others.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <p className="actions">
        <button
          type="button"
          className="button"
          disabled={pending !== null}
          onClick={() => void download('html')}
        >
          {pending === 'html' ? 'Gathering…' : 'Download as a document'}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={pending !== null}
          onClick={() => void download('json')}
        >
          {pending === 'json' ? 'Gathering…' : 'Download as JSON'}
        </button>
      </p>
      <p className="hint">
        The document opens in any web browser and can be printed. JSON is for moving your data to
        another service.
      </p>
    </section>
  );
}
