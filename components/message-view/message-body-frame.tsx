"use client";

import { useEffect, useRef } from "react";

type FrameWindow = Window & typeof globalThis;

/** The body document's height: body content plus its margins (the html element is at least the frame's height). */
function contentHeight(doc: Document): number {
  const body = doc.body;
  const style = doc.defaultView?.getComputedStyle(body);
  const margins = style ? parseFloat(style.marginTop) + parseFloat(style.marginBottom) : 0;
  return Math.ceil(body.scrollHeight + (Number.isFinite(margins) ? margins : 0));
}

/**
 * The sanitized HTML body in a sandboxed frame: no scripts; same-origin only so we can read its height.
 * The frame grows to its content, so the pane scrolls as one page.
 */
export function MessageBodyFrame({ src, title }: { src: string; title: string }) {
  const ref = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    let observer: ResizeObserver | null = null;

    const fit = () => {
      const doc = frame.contentDocument;
      if (doc?.body) frame.style.height = `${contentHeight(doc)}px`;
    };
    const attach = () => {
      observer?.disconnect();
      const doc = frame.contentDocument;
      if (!doc?.body) return;
      fit();
      // Observe with the frame's own ResizeObserver: the body lives in that document.
      const Observer =
        (frame.contentWindow as FrameWindow | null)?.ResizeObserver ?? ResizeObserver;
      observer = new Observer(fit);
      observer.observe(doc.body);
    };

    frame.addEventListener("load", attach);
    // The frame may have loaded before hydration, when no listener was there to hear it.
    const doc = frame.contentDocument;
    if (doc?.readyState === "complete" && doc.URL !== "about:blank") attach();
    return () => {
      frame.removeEventListener("load", attach);
      observer?.disconnect();
    };
  }, [src]);

  return (
    <iframe
      ref={ref}
      title={title}
      src={src}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      className="block h-64 w-full border-0 bg-white"
    />
  );
}
