import { MessagePane } from "@/components/mail-shell";
import { BackToListLink } from "@/components/message-view/back-to-list-link";
import { notFoundLabels } from "@/lib/i18n/not-found-labels";
import { requestLang } from "@/lib/i18n/request-lang";

// A message address whose message is gone (moved or deleted elsewhere, or an old link): said in
// the message pane, with the mailbox's list still beside it, rather than in place of the app.
export default async function MessageNotFound() {
  const m = notFoundLabels(await requestLang());
  return (
    <MessagePane>
      <section className="mx-auto max-w-md p-8">
        <h1 className="text-lg font-semibold">{m.title}</h1>
        <p className="mt-2 text-slate-600">{m.messageBody}</p>
        <BackToListLink label={m.toList} />
      </section>
    </MessagePane>
  );
}
