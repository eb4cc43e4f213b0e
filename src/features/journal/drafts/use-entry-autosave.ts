import { useCallback, useEffect, useRef, useState } from 'react';
import { beforeReload } from '@/lib/before-reload';
import { queryClient } from '@/lib/query-client';
import { journalKeys } from '../api/journal-keys';
import {
  EditConflict,
  isRefusal,
  saveEntry,
  type EntryContent,
  type SavedVersion,
} from '../api/save-entry';
import { differsFrom, removeDraft, writeDraft } from './draft-store';

export type SaveState = 'unchanged' | 'saving' | 'saved' | 'offline' | 'refused' | 'conflict';

export type AutosaveOptions = {
  uid: string;
  authorName: string;
  cohortId: string;
  entryId: string;
  initial: EntryContent;
  saved: EntryContent | null;
  savedRevision: number | null;
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
  savedRevision,
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
  const [theirs, setTheirs] = useState<SavedVersion | null>(null);
  const [replaced, setReplaced] = useState<EntryContent | null>(null);
  const latest = useRef(content);
  const revision = useRef(savedRevision);
  const conflict = useRef<SavedVersion | null>(null);
  const version = useRef(0);
  const timers = useRef<{ local?: number; server?: number }>({});
  const localPending = useRef(false);
  // One save at a time: two saves from the same revision would refuse each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const keepOnDevice = useCallback(
    (text: EntryContent, refusedByServer: boolean) =>
      writeDraft({ ...text, uid, cohortId, entryId, savedLocallyAt: Date.now(), refusedByServer }),
    [cohortId, entryId, uid],
  );

  const saveNow = useCallback(async (): Promise<SaveState> => {
    const attempt = version.current;
    const text = latest.current;
    if (!differsFrom(text, null) && !saved) return 'unchanged';
    const settle = (next: SaveState) => {
      setState(next);
      return next;
    };
    // Until the author chooses between the two versions, nothing overwrites the other one.
    if (conflict.current) return settle('conflict');
    if (!navigator.onLine) return settle('offline');
    setState('saving');
    try {
      revision.current = await saveEntry(
        cohortId,
        entryId,
        { uid, name: authorName },
        text,
        revision.current,
      );
      await queryClient.invalidateQueries({ queryKey: journalKeys.all(cohortId) });
      if (version.current !== attempt) return 'saving';
      await removeDraft(uid, cohortId, entryId);
      return settle('saved');
    } catch (error) {
      if (error instanceof EditConflict) {
        conflict.current = error.theirs;
        setTheirs(error.theirs);
        await keepOnDevice(text, false);
        return settle('conflict');
      }
      if (!isRefusal(error)) return settle('offline');
      await keepOnDevice(text, true);
      return settle('refused');
    }
  }, [authorName, cohortId, entryId, keepOnDevice, saved, uid]);

  const pushToServer = useCallback((): Promise<SaveState> => {
    const next = queue.current.then(saveNow);
    queue.current = next.catch(() => undefined);
    return next;
  }, [saveNow]);

  /** Resolves a conflict by saving this text over the other version, which the author has seen. */
  const keepMine = useCallback(() => {
    if (conflict.current) revision.current = conflict.current.revision;
    conflict.current = null;
    setTheirs(null);
    return pushToServer();
  }, [pushToServer]);

  /** Resolves a conflict by taking the other version; this text stays on screen to copy from. */
  const takeTheirs = useCallback(async () => {
    const other = conflict.current;
    if (!other) return;
    const { revision: theirRevision, ...otherContent } = other;
    setReplaced(latest.current);
    latest.current = otherContent;
    revision.current = theirRevision;
    conflict.current = null;
    version.current += 1;
    setContent(otherContent);
    setTheirs(null);
    window.clearTimeout(timers.current.local);
    window.clearTimeout(timers.current.server);
    await removeDraft(uid, cohortId, entryId);
    setState('saved');
  }, [cohortId, entryId, uid]);

  const update = useCallback(
    (changes: Partial<EntryContent>) => {
      const next = { ...latest.current, ...changes };
      latest.current = next;
      version.current += 1;
      setContent(next);
      window.clearTimeout(timers.current.local);
      window.clearTimeout(timers.current.server);
      localPending.current = true;
      timers.current.local = window.setTimeout(() => {
        localPending.current = false;
        void keepOnDevice(next, false);
      }, LOCAL_DELAY_MS);
      timers.current.server = window.setTimeout(() => void pushToServer(), SERVER_DELAY_MS);
      setState(navigator.onLine ? 'saving' : 'offline');
    },
    [keepOnDevice, pushToServer],
  );

  /**
   * Lets go of text the server refused, once the author has copied what they need: without this
   * a refusal that cannot be put right would keep the text on the device for ever.
   */
  const discard = useCallback(async () => {
    window.clearTimeout(timers.current.local);
    window.clearTimeout(timers.current.server);
    localPending.current = false;
    await removeDraft(uid, cohortId, entryId);
  }, [cohortId, entryId, uid]);

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
    // Reloading for a new version first keeps what was typed in the last moment on the device.
    const stopKeeping = beforeReload(async () => {
      if (!localPending.current) return;
      window.clearTimeout(pendingTimers.local);
      localPending.current = false;
      await keepOnDevice(latest.current, false);
    });
    return () => {
      stopKeeping();
      window.clearTimeout(resume);
      window.removeEventListener('online', retry);
      window.removeEventListener('offline', markOffline);
      window.clearTimeout(pendingTimers.local);
      window.clearTimeout(pendingTimers.server);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    content,
    update,
    state,
    flush,
    theirs,
    keepMine,
    takeTheirs,
    replaced,
    dismissReplaced: () => setReplaced(null),
    discard,
  };
}
