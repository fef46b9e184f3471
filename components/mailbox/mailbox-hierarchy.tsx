"use client";

import { createContext, use, type ReactNode } from "react";
import type { Lang } from "@/lib/i18n/lang";

/** What the folder actions need to know of the whole tree they act on. */
export interface MailboxHierarchy {
  lang: Lang;
  /** The server's hierarchy delimiter ("/" on Dovecot here). */
  delimiter: string;
  /** Every mailbox shown beside the one acted on: the parents a move can choose. */
  paths: string[];
}

const HierarchyContext = createContext<MailboxHierarchy | null>(null);

export function useMailboxHierarchy(): MailboxHierarchy {
  const hierarchy = use(HierarchyContext);
  if (!hierarchy) throw new Error("Folder actions need <MailboxHierarchyProvider>");
  return hierarchy;
}

/** Gives the folder menus and dialogs beneath the tree they act on, serialized once. */
export function MailboxHierarchyProvider({
  children,
  ...hierarchy
}: MailboxHierarchy & { children: ReactNode }) {
  return <HierarchyContext value={hierarchy}>{children}</HierarchyContext>;
}
