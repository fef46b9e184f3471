import type { Metadata } from "next";
import { OfflineMail } from "@/components/offline/offline-mail";
import { signOutAction } from "../mail/actions";

export const metadata: Metadata = { title: "Tegami" };

// /offline: the offline views' page. The service worker keeps it with the build's files and
// answers a /mail/… or /compose navigation with it when the server cannot be reached. Nothing
// here is any user's: the mail is read from the device store in the browser.
export default function OfflinePage() {
  return <OfflineMail signOutAction={signOutAction} />;
}
