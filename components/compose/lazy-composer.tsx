"use client";

import dynamic from "next/dynamic";

/**
 * The composer as its own chunk: the mail screen shows it beside a message only on Reply or
 * Forward, so its code (editor, uploads, address checks) stays out of the list's first load.
 * Still rendered on the server when it is shown, so the panel paints without waiting for it.
 */
export const LazyComposer = dynamic(() =>
  import("@/components/compose/composer").then((module) => module.Composer),
);
