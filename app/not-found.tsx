import type { Metadata } from "next";
import Link from "next/link";
import { notFoundLabels } from "@/lib/i18n/not-found-labels";
import { requestLang } from "@/lib/i18n/request-lang";

export async function generateMetadata(): Promise<Metadata> {
  return { title: notFoundLabels(await requestLang()).title };
}

export default async function NotFound() {
  const m = notFoundLabels(await requestLang());
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-lg font-semibold">{m.title}</h1>
      <p className="mt-2 text-slate-600">{m.body}</p>
      <Link href="/mail/INBOX" className="mt-4 inline-block text-blue-700 underline">
        {m.toInbox}
      </Link>
    </main>
  );
}
