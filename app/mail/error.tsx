"use client";

// Shown when the mail server fails while rendering a mail page (unreachable, refused, …).
export default function MailError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md p-8">
      <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
        <p className="font-semibold">Your mail could not be loaded.</p>
        <p className="mt-1 text-sm">
          The mail server did not answer as expected. Check your connection and try again.
        </p>
      </div>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 focus-visible:ring-2 focus-visible:ring-blue-500 focus-visible:outline-none"
      >
        Try again
      </button>
    </main>
  );
}
