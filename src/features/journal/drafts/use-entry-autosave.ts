import { useCallback, useEffect, useRef, useState } from 'react';
import { queryClient } from '@/lib/query-client';
import { journalKeys } from '../api/journal-keys';
import { isRefusal, saveEntry, type EntryContent } from '../api/save-entry';
import { differsFrom, removeDraft, writeDraft } from './draft-store';

export type SaveState = 'unchanged' | 'saving' | 'saved' | 'offline' | 'refused';

export type AutosaveOptions = {
  uid: string;
  authorName: string;
  cohortId: string;
  entryId: string;
  initial: EntryContent;
  saved: EntryContent | null;
  refusedBefore: boolean;
};

const LOCAL_DELAY_MS = 200;
const SERVER_DELAY_MS = 1200;

/**
 * Keeps an entry safe while it is written: every change goes to the device at once and to the
 * server shortly after, and the state says honestly where the text is.
 */
export function useEntryAutosave({
  uid,
  authorName,
  cohortId,
  entryId,
  initial,
  saved,
  refusedBefore,
}: AutosaveOptions) {
  const [content, setContent] = useState(initial);
  const pending = differsFrom(initial, saved);
  const [state, setState] = useState<SaveState>(
    refusedBefore
      ? 'refused'
      : pending
        ? navigator.onLine
          ? 'saving'
          : 'offline'
        : saved
          ? 'saved'
          : 'unchanged',
  );
  const latest = useRef(content);
  const existsOnServer = useRef(saved !== null);
  const version = useRef(0);
  const timers = useRef<{ local?: number; server?: number }>({});

  const pushToServer = useCallback(async (): Promise<SaveState> => {
    const attempt = version.current;
    const text = latest.current;
    if (!differsFrom(text, null) && !saved) return 'unchanged';
    const settle = (next: SaveState) => {
      setState(next);
      return next;
    };
    if (!navigator.onLine) return settle('offline');
    setState('saving');
    try {
      await saveEntry(cohortId, entryId, { uid, name: authorName }, text, existsOnServer.current);
      existsOnServer.current = true;
      await queryClient.invalidateQueries({ queryKey: journalKeys.all(cohortId) });
      if (version.current !== attempt) return 'saving';
      await removeDraft(uid, cohortId, entryId);
      return settle('saved');
    } catch (error) {
      if (!isRefusal(error)) return settle('offline');
      await writeDraft({
        ...text,
        uid,
        cohortId,
        entryId,
        savedLocallyAt: Date.now(),
        refusedByServer: true,
      });
      return settle('refused');
    }
  }, [authorName, cohortId, entryId, saved, uid]);

  const update = useCallback(
    (changes: Partial<EntryContent>) => {
      const next = { ...latest.current, ...changes };
      latest.current = next;
      version.current += 1;
      setContent(next);
      window.clearTimeout(timers.current.local);
      window.clearTimeout(timers.current.server);
      timers.current.local = window.setTimeout(() => {
        void writeDraft({
          ...next,
          uid,
          cohortId,
          entryId,
          savedLocallyAt: Date.now(),
          refusedByServer: false,
        });
      }, LOCAL_DELAY_MS);
      timers.current.server = window.setTimeout(() => void pushToServer(), SERVER_DELAY_MS);
      setState(navigator.onLine ? 'saving' : 'offline');
    },
    [cohortId, entryId, pushToServer, uid],
  );

  /** Saves now, for "Done"; resolves with where the text ended up. */
  const flush = useCallback(() => {
    window.clearTimeout(timers.current.local);
    window.clearTimeout(timers.current.server);
    return pushToServer();
  }, [pushToServer]);

  useEffect(() => {
    // A draft left from an earlier visit goes to the server as soon as it can.
    const resume = window.setTimeout(() => {
      if (pending && !refusedBefore) void pushToServer();
    }, 0);
    const retry = () => void pushToServer();
    const markOffline = () =>
      setState((current) => (current === 'saved' || current === 'unchanged' ? current : 'offline'));
    window.addEventListener('online', retry);
    window.addEventListener('offline', markOffline);
    const pendingTimers = timers.current;
    return () => {
      window.clearTimeout(resume);
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', markOffline);
      window.clearTimeout(pendingTimers.local);
      window.clearTimeout(pendingTimers.server);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return { content, update, state, flush };
}
