"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";
import { ConfirmDeleteDialog } from "@/components/actions/confirm-delete-dialog";
import { useMailActions } from "@/components/actions/use-mail-actions";
import { composeHref, composePanelHref } from "@/components/compose/compose-url";
import { KeyboardHelpDialog } from "@/components/keyboard/keyboard-help-dialog";
import {
  currentRow,
  findRow,
  focusRow,
  messageRows,
  rowLink,
  targetMessage,
  type KeyTargetMessage,
} from "@/components/keyboard/message-rows";
import { useLive } from "@/components/live/live-context";
import { searchBoxId } from "@/components/search/search-box";
import { useMailRoute } from "@/components/use-mail-route";
import type { MailAction } from "@/lib/api/mail-action";
import type { Lang } from "@/lib/i18n/lang";
import { commandForKey, type KeyboardCommand } from "@/lib/keyboard/keyboard-command";
import { stepIndex } from "@/lib/keyboard/step-index";
import { mailActionForCommand } from "@/lib/keyboard/mail-action-for-command";
import { mailboxHref } from "@/lib/mail/mail-urls";
import { listSearchHref, parseListSearch } from "@/lib/search/list-search";

/** Where the composer opens: a panel beside the message on md+, full screen on phones. */
const wide = () => window.matchMedia("(min-width: 48rem)").matches;

/**
 * The mail view's keyboard shortcuts (lib/keyboard/keyboard-command.ts): one listener on the
 * document. Actions go through useMailActions, as the buttons' do: shown at once, then
 * confirmed or rolled back, with the same toasts.
 */
export function KeyboardShortcuts({ lang }: { lang: Lang }) {
  const router = useRouter();
  const route = useMailRoute();
  const query = useSearchParams();
  const { mailboxes } = useLive();
  const { perform } = useMailActions();
  const [help, setHelp] = useState(false);
  const [confirming, setConfirming] = useState<KeyTargetMessage | null>(null);

  const act = (message: KeyTargetMessage, action: MailAction["action"]) => {
    const { mailbox, uid, unread, row } = message;
    // A row about to leave the list hands the focus on, so j and k go on from there.
    if (row && route.uid === null && (action.type === "archive" || action.type === "delete")) {
      const rows = messageRows();
      const at = rows.indexOf(row);
      const neighbour = rows[at + 1] ?? rows[at - 1];
      if (neighbour) focusRow(neighbour);
    }
    void perform({ mailbox, target: { uids: [uid] }, action }, [{ uid, unread }]);
  };

  const run = (command: KeyboardCommand): boolean => {
    const rows = messageRows();
    const message = targetMessage(route, rows);
    switch (command) {
      case "next":
      case "previous": {
        const current = currentRow(rows);
        const at = stepIndex(
          current ? rows.indexOf(current) : -1,
          rows.length,
          command === "next" ? 1 : -1,
        );
        const row = at === null ? null : rows[at];
        if (!row) return true;
        focusRow(row);
        // Reading on, as in Gmail: with a message open, the next one opens in its place.
        if (route.uid !== null) rowLink(row)?.click();
        return true;
      }
      case "open": {
        const row = currentRow(rows) ?? rows[0];
        if (row) rowLink(row)?.click();
        return Boolean(row);
      }
      case "backToList": {
        if (route.uid === null || route.mailbox === null) return false;
        const row = findRow(rows, route.mailbox, route.uid);
        if (row) focusRow(row);
        // Back to the list the message was opened from: a search's hits, or the mailbox page.
        const search = parseListSearch(query);
        router.push(
          search ? listSearchHref(route.mailbox, search) : mailboxHref(route.mailbox, route.page),
        );
        return true;
      }
      case "archive":
      case "delete":
      case "toggleFlag":
      case "markRead":
      case "markUnread": {
        const action = message && mailActionForCommand(command, message.flagged);
        if (!message || !action) return false;
        const inTrash = mailboxes.some((b) => b.path === message.mailbox && b.role === "trash");
        // Deleting inside Trash is for good: asked first, as the Delete button does.
        if (action.type === "delete" && inTrash) setConfirming(message);
        else act(message, action);
        return true;
      }
      case "reply":
      case "replyAll":
      case "forward": {
        if (!message) return false;
        const source = { mode: command, mailbox: message.mailbox, uid: message.uid };
        router.push(wide() ? composePanelHref(source, route.page) : composeHref(source));
        return true;
      }
      case "compose":
        router.push(composeHref({ mode: "new" }));
        return true;
      case "search": {
        const box = document.getElementById(searchBoxId);
        if (box instanceof HTMLInputElement) box.select();
        box?.focus();
        return box !== null;
      }
      case "toggleSelect": {
        const row = currentRow(rows);
        row?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
        return row !== null;
      }
      case "help":
        setHelp(true);
        return true;
    }
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // A dialog (this help, a confirmation) has the keyboard to itself.
    if (document.querySelector("dialog[open]")) return;
    const command = commandForKey({
      key: event.key,
      keyCode: event.keyCode,
      shiftKey: event.shiftKey,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      isComposing: event.isComposing,
      repeat: event.repeat,
      defaultPrevented: event.defaultPrevented,
      target: event.target instanceof HTMLElement ? event.target : null,
    });
    if (command && run(command)) event.preventDefault();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return (
    <>
      {help && <KeyboardHelpDialog lang={lang} onClose={() => setHelp(false)} />}
      {confirming && (
        <ConfirmDeleteDialog
          lang={lang}
          count={1}
          onClose={(confirmed) => {
            setConfirming(null);
            if (confirmed) act(confirming, { type: "delete" });
          }}
        />
      )}
    </>
  );
}
