import Link from "next/link";
import { ConversationMessage } from "@/components/conversation/conversation-message";
import { ConversationMessagePresence } from "@/components/conversation/conversation-message-presence";
import { MarkConversationRead } from "@/components/conversation/mark-conversation-read";
import { ComposeActions } from "@/components/message-view/compose-actions";
import { OpenMessageGate } from "@/components/message-view/open-message-gate";
import { Icon } from "@/components/ui/icon";
import { conversationLabels } from "@/lib/i18n/conversation-labels";
import type { Lang } from "@/lib/i18n/lang";
import { t } from "@/lib/i18n/messages";
import type { ConversationStack } from "@/lib/message/open-conversation-stack";

/**
 * An opened conversation: a region named after it holding its messages oldest first, each an
 * article of its own (so a screen reader lists them and jumps between them as between
 * messages). The newest, and the one the URL names, are expanded; the others fold to one line.
 * Opening it marks its unread messages read; it leaves the screen when its message does.
 */
export function ConversationView({
  stack,
  lang,
  listHref,
  page,
  loadRemote,
}: {
  stack: ConversationStack;
  lang: Lang;
  listHref: string;
  page: number;
  loadRemote: { href: string; params: Record<string, string> };
}) {
  const m = t(lang);
  const labels = conversationLabels(lang);
  const { current, messages, olderHidden } = stack;
  const newest = messages.at(-1) ?? current;
  const subject = (messages[0] ?? current).message.subject.trim() || m.noSubject;
  const now = new Date().toISOString();

  return (
    <OpenMessageGate
      mailbox={current.message.mailbox}
      uid={current.message.uid}
      listHref={listHref}
    >
      <MarkConversationRead
        members={messages.map(({ message }) => ({
          mailbox: message.mailbox,
          uid: message.uid,
          flags: message.flags,
        }))}
      />
      <section
        aria-label={labels.region(subject)}
        data-conversation
        className="flex min-h-full w-full min-w-0 flex-col"
      >
        <div className="sticky top-0 z-10 flex min-h-12 items-center gap-1 border-b border-gray-200 bg-white/95 px-2 backdrop-blur-sm md:hidden">
          <Link
            href={listHref}
            className="inline-flex min-h-11 items-center gap-1.5 rounded-md px-2.5 text-sm text-gray-700 hover:bg-gray-100"
          >
            <Icon name="chevron-left" />
            {m.back}
          </Link>
        </div>
        {olderHidden > 0 && (
          <p className="border-b border-gray-200 px-4 py-2 text-sm text-gray-600">
            {labels.olderNotShown(olderHidden)}
          </p>
        )}
        <div className="pb-safe flex-1">
          {messages.map((opened) => (
            <ConversationMessagePresence
              key={`${opened.message.mailbox}\u0000${opened.message.uid}`}
              mailbox={opened.message.mailbox}
              uid={opened.message.uid}
            >
              <ConversationMessage
                opened={opened}
                expanded={opened === newest || opened === current}
                now={now}
                lang={lang}
                page={page}
                loadRemote={loadRemote}
              />
            </ConversationMessagePresence>
          ))}
        </div>
        <ComposeActions
          mailbox={newest.message.mailbox}
          uid={newest.message.uid}
          page={page}
          placement="bar"
          lang={lang}
        />
      </section>
    </OpenMessageGate>
  );
}
