import { MessagePane } from "@/components/mail-shell";
import { NoMessageOpen } from "@/components/message-view/no-message-open";
import { requestLang } from "@/lib/i18n/request-lang";

export const dynamic = "force-dynamic";

// /mail: the mailboxes (in the layout; the one pane a phone shows here) and an empty reading pane.
export default async function MailboxesPage() {
  return (
    <MessagePane>
      <NoMessageOpen lang={await requestLang()} />
    </MessagePane>
  );
}
