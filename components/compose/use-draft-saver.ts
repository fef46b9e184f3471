import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { postMailAction } from "@/components/actions/post-mail-action";
import { postCompose } from "@/components/compose/post-compose";
import type { Draft, SaveDraftResult } from "@/lib/api/compose-contract";

type DraftStatus = "idle" | "saving" | "saved" | "failed";

const autosaveDelayMs = 3000;
// Browsers refuse keepalive bodies over 64 KiB in flight at once.
const keepaliveLimit = 60_000;

interface SaverState {
  draftUid: number | null;
  /** Where the draft is: \Drafts, from the reopened draft or the first save. */
  draftMailbox: string | null;
  /** The change counter the draft on the server holds. */
  savedVersion: number;
  version: number;
  build: (draftUid: number | null) => Draft | null;
  onSaved: (result: SaveDraftResult, draft: Draft) => void;
  /** Saves run one after another: each replaces the version the previous one wrote. */
  queue: Promise<boolean>;
  inFlight: boolean;
  /** While sending, and for good once sent or discarded. */
  paused: boolean;
  closed: boolean;
}

/**
 * Saves the draft to \Drafts 3 s after the last change (`version` counts changes), on demand,
 * and when the composer goes away with changes (a keepalive request that outlives the page).
 * Each save names the previous draft's UID, so the server replaces it.
 */
export function useDraftSaver(options: {
  version: number;
  initialDraftUid: number | null;
  initialDraftMailbox: string | null;
  build: (draftUid: number | null) => Draft | null;
  onSaved: (result: SaveDraftResult, draft: Draft) => void;
}) {
  const [status, setStatus] = useState<DraftStatus>("idle");
  const ref = useRef<SaverState>({
    draftUid: options.initialDraftUid,
    draftMailbox: options.initialDraftMailbox,
    savedVersion: 0,
    version: 0,
    build: options.build,
    onSaved: options.onSaved,
    queue: Promise.resolve(true),
    inFlight: false,
    paused: false,
    closed: false,
  });
  const { version, build, onSaved } = options;
  useEffect(() => {
    Object.assign(ref.current, { version, build, onSaved });
  });

  /** Saves now (after any save under way); `force` saves even without changes. */
  const save = useCallback((force: boolean): Promise<boolean> => {
    const s = ref.current;
    s.queue = s.queue.then(async () => {
      const target = s.version;
      if (s.closed || (!force && (s.paused || target <= s.savedVersion))) return true;
      const draft = s.build(s.draftUid);
      if (!draft) return false;
      s.inFlight = true;
      setStatus("saving");
      const answer = await postCompose<SaveDraftResult>("/api/compose/drafts", draft);
      s.inFlight = false;
      if (!answer.ok) {
        setStatus("failed");
        return false;
      }
      s.draftUid = answer.value.uid;
      s.draftMailbox = answer.value.mailbox;
      s.savedVersion = Math.max(s.savedVersion, target);
      setStatus("saved");
      s.onSaved(answer.value, draft);
      return true;
    });
    return s.queue;
  }, []);

  useEffect(() => {
    if (version <= ref.current.savedVersion) return;
    const timer = setTimeout(() => void save(false), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [version, save]);

  // Leaving with changes: the tab closing (pagehide) or the composer unmounting.
  useEffect(() => {
    const s = ref.current;
    const flush = () => {
      if (s.closed || s.paused || s.inFlight || s.version <= s.savedVersion) return;
      const draft = s.build(s.draftUid);
      if (!draft) return;
      s.savedVersion = s.version;
      const keepalive = JSON.stringify(draft).length < keepaliveLimit;
      void postCompose("/api/compose/drafts", draft, { keepalive });
    };
    const onPageHide = () => flush();
    window.addEventListener("pagehide", onPageHide);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      // Unmounting inside the app: the page lives on, so wait for a save under way.
      void s.queue.then(flush);
    };
  }, []);

  const controls = useMemo(
    () => ({
      save,
      /** Unsaved changes, or a save still under way. */
      pending: () => {
        const s = ref.current;
        return !s.closed && (s.inFlight || s.version > s.savedVersion);
      },
      draftUid: () => ref.current.draftUid,
      /** Stops autosaving and waits for a save under way (before sending or discarding). */
      pause: async () => {
        ref.current.paused = true;
        await ref.current.queue;
      },
      resume: () => {
        ref.current.paused = false;
      },
      /** Sent: nothing more to save. */
      close: () => {
        ref.current.closed = true;
      },
      /** Discarded: nothing more to save, and the saved draft goes to Trash (recoverable). */
      discard: async () => {
        const s = ref.current;
        s.paused = true;
        await s.queue;
        s.closed = true;
        if (s.draftUid && s.draftMailbox) {
          const target = { uids: [s.draftUid] };
          await postMailAction({ mailbox: s.draftMailbox, target, action: { type: "delete" } });
        }
      },
    }),
    [save],
  );
  return { status, ...controls };
}
