import { linkify } from "@/lib/mime/linkify";

/** A text/plain body as text: line breaks kept, URLs made into links, no HTML ever interpreted. */
export function PlainTextBody({ text }: { text: string }) {
  return (
    <div className="text-[0.9375rem] leading-relaxed [overflow-wrap:anywhere] break-words whitespace-pre-wrap text-gray-900">
      {linkify(text).map((segment, index) =>
        segment.kind === "link" ? (
          <a
            key={index}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer"
            className="text-ink-600 decoration-ink-200 hover:decoration-ink-600 underline underline-offset-2"
          >
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </div>
  );
}
