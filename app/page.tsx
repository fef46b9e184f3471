import { redirect } from "next/navigation";
import { mailboxHref } from "@/lib/mail/mail-urls";

export default function Home() {
  redirect(mailboxHref("INBOX"));
}
