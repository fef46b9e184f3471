import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This mailbox or message does not exist (any more).</p>
      <Link href="/mail/INBOX" className="mt-4 inline-block text-blue-700 underline">
        Go to the Inbox
      </Link>
    </main>
  );
}
