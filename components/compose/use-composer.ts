import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { buildDraft } from "@/components/compose/build-draft";
import { composeMessageId, forgetComposeMessageId } from "@/components/compose/compose-message-id";
import { announceComposeOutcome } from "@/components/compose/compose-outcome";
import { draftReopenHref } from "@/components/compose/compose-url";
import {
  addressErrors,
  addressFields,
  type AddressFieldName,
  type ComposerFields,
} from "@/components/compose/composer-fields";
import { initialAttachments, initialBody } from "@/components/compose/composer-init";
import type { MessageBody } from "@/components/compose/message-field";
import { sendErrorText } from "@/components/compose/send-error-text";
import { useAttachments } from "@/components/compose/use-attachments";
import { useDraftSaver } from "@/components/compose/use-draft-saver";
import { useLeaveWarning } from "@/components/compose/use-leave-warning";
import { useSendMessage } from "@/components/compose/use-send-message";
import { useKeepInOutbox } from "@/components/outbox/use-keep-in-outbox";
import type { ComposeInit } from "@/lib/api/compose-contract";
import { htmlToText } from "@/lib/compose/html-to-text";
import { textToHtml } from "@/lib/compose/text-to-html";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import { outboxLabels } from "@/lib/i18n/outbox-labels";

/**
 * Everything a composer holds and does: the fields, the body, attachments, autosaved drafts,
 * Send and Discard.
 */
export function useComposer({
  init,
  lang,
  storageKey,
  closeHref,
  draftMailbox: reopenedFrom,
  editorRef,
}: {
  init: ComposeInit;
  lang: Lang;
  storageKey: string;
  closeHref: string;
  draftMailbox: string | null;
  /** The rich editor, read when saving, sending or switching to plain text. */
  editorRef: RefObject<HTMLDivElement | null>;
}) {
  const m = t(lang).compose;
  const router = useRouter();
  const { draft } = init;
  // Made in the browser (never while rendering on the server): the idempotency key. A reopened
  // draft keeps its own.
  const [messageId] = useState(() =>
    typeof window === "undefined"
      ? null
      : composeMessageId(storageKey, reopenedFrom !== null ? draft.messageId : null),
  );
  const [fields, setFields] = useState<ComposerFields>(() => ({
    to: draft.to,
    cc: draft.cc,
    bcc: draft.bcc,
    subject: draft.subject,
  }));
  const [charset, setCharsetState] = useState(draft.charset);
  const [body, setBody] = useState<MessageBody>(() => initialBody(init, reopenedFrom !== null));
  const [version, setVersion] = useState(0);
  const [blurred, setBlurred] = useState<ReadonlySet<AddressFieldName>>(new Set());
  const [triedToSend, setTriedToSend] = useState(0);
  const [alert, setAlert] = useState<string | null>(null);
  const touch = useCallback(() => setVersion((v) => v + 1), []);
  // Send pressed while files were still uploading: it goes once they are all attached.
  const [waiting, setWaiting] = useState(false);
  const sendLater = useRef(() => {});
  const attachments = useAttachments(
    initialAttachments(init),
    (items) => {
      touch();
      if (waiting && items.every((item) => item.state === "attached")) {
        setWaiting(false);
        sendLater.current();
      }
    },
    ({ code, filename }) => {
      setWaiting(false);
      setAlert(code === "TOO_LARGE" ? m.tooLarge(filename) : m.uploadFailed(filename));
    },
  );
  const uploading = attachments.items.some((item) => item.state === "uploading");

  const build = (draftUid: number | null) => {
    if (!messageId) return null;
    const html = body.format === "rich" ? (editorRef.current?.innerHTML ?? "") : null;
    const text = body.format === "plain" ? body.text : "";
    const { source } = draft;
    const items = attachments.current();
    return buildDraft({
      messageId,
      fields,
      html,
      text,
      attachments: items,
      source,
      charset,
      draftUid,
    });
  };
  const saver = useDraftSaver({
    version,
    initialDraftUid: draft.draftUid,
    initialDraftMailbox: reopenedFrom,
    build,
    onSaved: (saved, sent) => {
      attachments.replaceRefs(sent.attachments, saved.attachments);
      // From now on a reload reopens the draft (and its Message-ID) from \Drafts.
      forgetComposeMessageId(storageKey);
      window.history.replaceState(null, "", draftReopenHref(new URL(location.href), saved));
    },
  });
  const outbox = useKeepInOutbox({
    account: init.from.address,
    close: (announce) => {
      forgetComposeMessageId(storageKey);
      if (announce) announceComposeOutcome(outboxLabels(lang).savedToOutbox);
      router.replace(closeHref);
    },
  });
  const { sending, send } = useSendMessage({
    saver,
    build,
    onSent: ({ rejected, warnings }) => {
      forgetComposeMessageId(storageKey);
      const sent = rejected.length ? m.sentExcept(rejected.join(", ")) : m.sent;
      announceComposeOutcome([sent, ...warnings.map((w) => m.sentWarnings[w])].join(" — "));
      router.replace(closeHref);
    },
    onFailed: (error) => setAlert(sendErrorText(error, lang, m)),
    keep: outbox.keep,
  });
  useEffect(() => {
    sendLater.current = () => void send();
  });
  useLeaveWarning(() => uploading || saver.pending());

  return {
    m,
    fields,
    errors: addressErrors(fields, blurred, triedToSend > 0, m),
    /** Bumped on each refused Send: the first field to fix takes focus. */
    triedToSend,
    body,
    charset,
    attachments,
    alert,
    sending: sending || waiting,
    status: outbox.kept
      ? outboxLabels(lang).savedToOutbox
      : waiting
        ? m.waitingForUploads
        : sending
          ? m.sending
          : { idle: "", saving: m.draftSaving, saved: m.draftSaved, failed: m.draftFailed }[
              saver.status
            ],
    touch,
    setField: (name: keyof ComposerFields, value: string) => {
      setFields((current) => ({ ...current, [name]: value }));
      touch();
    },
    blur: (name: AddressFieldName) => setBlurred((shown) => new Set(shown).add(name)),
    setCharset: (value: typeof charset) => {
      setCharsetState(value);
      touch();
    },
    setText: (text: string) => {
      setBody({ format: "plain", text });
      touch();
    },
    setFormat: (format: MessageBody["format"]) => {
      if (format === "plain" && body.format === "rich")
        setBody({ format, text: htmlToText(editorRef.current?.innerHTML ?? "") });
      if (format === "rich" && body.format === "plain")
        setBody({ format, initialHtml: textToHtml(body.text), revision: version + 1 });
      touch();
    },
    send: () => {
      if (sending || waiting) return;
      setTriedToSend((n) => n + 1);
      if (addressFields.some((name) => addressErrors(fields, blurred, true, m)[name])) return;
      setAlert(null);
      if (uploading) return setWaiting(true);
      void send();
    },
    saveDraft: () => void saver.save(true),
    close: () => router.replace(closeHref),
    /** Leaves without sending; a saved draft goes to Trash (recoverable). */
    discard: () => {
      forgetComposeMessageId(storageKey);
      void saver.discard();
      router.replace(closeHref);
    },
  };
}
