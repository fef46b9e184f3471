import { notFound } from "next/navigation";
import { decodeMailboxParam } from "@/lib/api/message-params";
import { mailboxHref } from "@/lib/mail/mail-urls";
import { MailScreen } from "../mail-screen";
import { parsePage, returnPath } from "../page-params";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ mailbox: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MailboxPage({ params, searchParams }: Props) {
  const [{ mailbox: segment }, query] = await Promise.all([params, searchParams]);
  let mailbox: string;
  try {
    mailbox = decodeMailboxParam(segment);
  } catch {
    notFound();
  }
  return (
    <MailScreen
      mailbox={mailbox}
      uid={null}
      page={parsePage(query.page)}
      remote={false}
      returnTo={returnPath(mailboxHref(mailbox), query)}
    />
  );
}
