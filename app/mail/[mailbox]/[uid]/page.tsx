import { notFound } from "next/navigation";
import { parseComposePanelQuery } from "@/lib/compose/parse-compose-query";
import { decodeMailboxParam, parseUid } from "@/lib/api/message-params";
import { messageHref } from "@/lib/mail/mail-urls";
import { MailScreen } from "../../mail-screen";
import { parsePage, returnPath } from "../../page-params";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ mailbox: string; uid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MessagePage({ params, searchParams }: Props) {
  const [segments, query] = await Promise.all([params, searchParams]);
  let mailbox: string;
  let uid: number;
  try {
    mailbox = decodeMailboxParam(segments.mailbox);
    uid = parseUid(segments.uid);
  } catch {
    notFound();
  }
  return (
    <MailScreen
      mailbox={mailbox}
      uid={uid}
      page={parsePage(query.page)}
      remote={query.remote === "1"}
      returnTo={returnPath(messageHref(mailbox, uid), query)}
      compose={parseComposePanelQuery(query, mailbox, uid)}
    />
  );
}
