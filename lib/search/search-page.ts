// What a search answers: one page of hits, newest first, each with the mailbox it lives in.
// Client-safe.
import type { Envelope } from "@/lib/mail/types";

/** One hit: a message is identified by (mailbox, uidValidity, uid), the uid is in `envelope`. */
export interface SearchHit {
  mailbox: string;
  uidValidity: string;
  envelope: Envelope;
}

export interface SearchPage {
  /** The mailbox searched, or null for all mailboxes. */
  mailbox: string | null;
  /** Hits in all (exact when `complete`). */
  total: number;
  /** 1-based page number. */
  page: number;
  pageCount: number;
  pageSize: number;
  hits: SearchHit[];
  /**
   * False when Tegami's own matching of Japanese words (for mail the server cannot decode)
   * looked at only the newest candidates: older messages may match too.
   */
  complete: boolean;
}
