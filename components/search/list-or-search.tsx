"use client";

import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";

/** The list pane shows the hits while the URL carries a search (`?q=`), else the mailbox. */
export function ListOrSearch({ list, search }: { list: ReactNode; search: ReactNode }) {
  return useSearchParams().get("q")?.trim() ? search : list;
}
