import { useCallback, useRef, useState } from "react";
import { postCompose, type ComposeAnswer } from "@/components/compose/post-compose";
import type { useDraftSaver } from "@/components/compose/use-draft-saver";
import type { Draft, SendResult } from "@/lib/api/compose-contract";
import { isOfflineFailure } from "@/lib/offline/is-offline-failure";

type Saver = ReturnType<typeof useDraftSaver>;
export type SendFailure = Extract<ComposeAnswer<SendResult>, { ok: false }>["error"];

/**
 * Send, at most one request at a time: a second press while one is under way does nothing.
 * Autosave pauses (and a save under way finishes, so the server removes the right draft);
 * after a failure everything stays as written and the draft is saved again. Never retried by
 * itself: an unclear outcome (SEND_STATE_UNKNOWN) is for the user to check. With no connection
 * at all, `keep` puts the draft in the Outbox, to be sent with the same Message-ID later.
 */
export function useSendMessage({
  saver,
  build,
  onSent,
  onFailed,
  keep,
}: {
  saver: Saver;
  build: (draftUid: number | null) => Draft | null;
  onSent: (result: SendResult) => void;
  onFailed: (error: SendFailure) => void;
  /** Keeps the draft for later; false when the device cannot. */
  keep: (draft: Draft) => Promise<boolean>;
}) {
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);

  const send = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    await saver.pause();
    const draft = build(saver.draftUid());
    const answer: ComposeAnswer<SendResult> = draft
      ? await postCompose<SendResult>("/api/compose/send", draft)
      : { ok: false, error: { code: "NOT_READY", message: "" } };
    if (answer.ok) {
      saver.close();
      onSent(answer.value);
      return;
    }
    if (draft && isOfflineFailure(answer.error.code, navigator.onLine) && (await keep(draft))) {
      saver.close();
      return;
    }
    inFlight.current = false;
    setSending(false);
    saver.resume();
    onFailed(answer.error);
    void saver.save(false);
  }, [saver, build, onSent, onFailed, keep]);

  return { sending, send };
}
