// The subject a thread is recognised by when the Message-ID links are missing. Client-safe.
import { baseSubject } from "@/lib/compose/reply-subject";

export interface ThreadSubject {
  /** Without Re:/Fwd:/AW:/返信:/転送: and list tags, width- and case-folded; "" when none. */
  key: string;
  /** True when a reply or forward prefix was taken off: only such messages join by subject. */
  isReply: boolean;
}

const leadingTags = /^(?:\s*\[[^\]\r\n]{1,40}\])+\s*/;

export function threadSubject(subject: string): ThreadSubject {
  const flat = subject
    .normalize("NFKC")
    .replace(/[\r\n]+/g, " ")
    .trim();
  const { base } = baseSubject(flat);
  const withoutTags = flat.replace(leadingTags, "").trim() || flat;
  return {
    key: base.toLowerCase().replace(/\s+/g, " ").trim(),
    isReply: base !== withoutTags,
  };
}
