// The list's page of conversations as JSON, beside envelopesHref's page of messages. Client-safe.
import { mailboxSegment } from "@/lib/mail/mail-urls";

export function conversationsHref(mailbox: string, page: number): string {
  return `/api/conversations/${mailboxSegment(mailbox)}?page=${page}`;
}
