import { MessagePane } from "@/components/mail-shell";
import { NoMessageOpen } from "@/components/message-view/no-message-open";
import { requestLang } from "@/lib/i18n/request-lang";

export const dynamic = "force-dynamic";

// /mail/<mailbox>: the list (in the layout) and, beside it, the prompt to pick a message.
export default async function MailboxPage() {
  return (
    <MessagePane>
      <NoMessageOpen lang={await requestLang()} />
    </MessagePane>
  );
}
