import { MailScreen } from "./mail-screen";

export const dynamic = "force-dynamic";

export default function MailboxesPage() {
  return <MailScreen mailbox={null} uid={null} page={1} remote={false} returnTo="/mail" />;
}
