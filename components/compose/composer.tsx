"use client";

import { useEffect, useId, useRef, useState } from "react";
import { AddressField, fieldLabelClass, fieldRowClass } from "@/components/compose/address-field";
import { AttachmentField } from "@/components/compose/attachment-field";
import { ComposerBar } from "@/components/compose/composer-bar";
import { addressFields } from "@/components/compose/composer-fields";
import { ComposerOptions } from "@/components/compose/composer-options";
import { caretToStart } from "@/components/compose/editor-commands";
import { MessageField } from "@/components/compose/message-field";
import { SubjectField } from "@/components/compose/subject-field";
import { useComposer } from "@/components/compose/use-composer";
import type { ComposeInit } from "@/lib/api/compose-contract";
import { formatAddress } from "@/lib/compose/format-address-list";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";

/**
 * Writing a message: To, Cc, Bcc, Subject, attachments and the message, with Send, Save draft
 * and Discard. Full screen on /compose, or as a panel in the message pane; `closeHref` is where
 * it leaves to. Drafts save themselves; the Message-ID made on opening keys every save and the
 * send, so nothing is ever sent twice.
 */
export function Composer(props: {
  init: ComposeInit;
  /** A reopened draft's mailbox (\Drafts), where Discard deletes it from. */
  draftMailbox: string | null;
  lang: Lang;
  /** The URL that opened this composer: its Message-ID is kept under it for a reload. */
  storageKey: string;
  closeHref: string;
}) {
  const { init, lang } = props;
  const { source } = init.draft;
  const reopened = props.draftMailbox !== null;
  const editorRef = useRef<HTMLDivElement>(null);
  const composer = useComposer({ ...props, editorRef });
  const { m, fields, sending, triedToSend } = composer;
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);

  // Replying: the caret waits above the quote. Otherwise: To.
  const [focusOnOpen] = useState(() =>
    (source && source.mode !== "forward") || reopened ? "message" : "to",
  );
  useEffect(() => {
    const editor = editorRef.current;
    if (focusOnOpen === "message" && editor) {
      editor.focus();
      caretToStart(editor);
    } else rootRef.current?.querySelector("input")?.focus();
  }, [focusOnOpen, editorRef]);
  // After a refused Send, the first field to fix.
  useEffect(() => {
    if (triedToSend) rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [triedToSend]);

  return (
    <section
      ref={rootRef}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) composer.send();
      }}
      className="flex min-h-full w-full min-w-0 flex-col bg-white"
    >
      <ComposerBar
        lang={lang}
        heading={reopened ? m.headings.draft : m.headings[source?.mode ?? "new"]}
        headingId={headingId}
        status={composer.status}
        sending={sending}
        onClose={composer.close}
        onDiscard={composer.discard}
        onSaveDraft={composer.saveDraft}
        onSend={composer.send}
      />
      {composer.alert && (
        <p
          role="alert"
          className="mx-4 mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {composer.alert}
        </p>
      )}
      <p className={fieldRowClass}>
        <span className={fieldLabelClass}>{t(lang).message.from}</span>
        <span className="min-w-0 truncate py-2.5 text-sm text-gray-700">
          {formatAddress(init.from)}
        </span>
      </p>
      {addressFields.map((name) => (
        <AddressField
          key={name}
          label={m[name]}
          value={fields[name]}
          error={composer.errors[name]}
          disabled={sending}
          onChange={(value) => composer.setField(name, value)}
          onBlur={() => composer.blur(name)}
        />
      ))}
      <SubjectField
        label={m.subject}
        value={fields.subject}
        disabled={sending}
        onChange={(value) => composer.setField("subject", value)}
      />
      <AttachmentField
        lang={lang}
        items={composer.attachments.items}
        disabled={sending}
        onAdd={composer.attachments.add}
        onRemove={composer.attachments.remove}
      />
      <MessageField
        lang={lang}
        body={composer.body}
        editorRef={editorRef}
        disabled={sending}
        onInput={composer.touch}
        onTextChange={composer.setText}
        onFormatChange={composer.setFormat}
      />
      <ComposerOptions
        lang={lang}
        charset={composer.charset}
        disabled={sending}
        onCharsetChange={composer.setCharset}
      />
    </section>
  );
}
