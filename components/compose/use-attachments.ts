import { useCallback, useEffect, useRef, useState } from "react";
import { uploadFile } from "@/components/compose/upload-file";
import type { AttachmentRef } from "@/lib/api/compose-contract";

/** A file in the composer: uploading (with progress) or attached (the server holds it). */
export type AttachmentItem = { key: string; filename: string; size: number } & (
  { state: "uploading"; loaded: number } | { state: "attached"; ref: AttachmentRef }
);

type UploadFailure = { filename: string; code: string; message: string };

type Change = (items: AttachmentItem[]) => AttachmentItem[];

let nextKey = 0;

function changeItem(key: string, change: (item: AttachmentItem) => AttachmentItem | null): Change {
  return (items) =>
    items.flatMap((item) => {
      if (item.key !== key) return [item];
      const changed = change(item);
      return changed ? [changed] : [];
    });
}

const sameRef = (a: AttachmentRef, b: AttachmentRef) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The attachments of one composer. Each added file uploads at once; a failed upload (too large,
 * network) is reported and not attached. `onChange` runs when what would be sent changes,
 * with the list as it is now.
 * `current()` is always up to date (saves and the send read it between renders).
 */
export function useAttachments(
  initial: AttachmentItem[],
  onChange: (items: AttachmentItem[]) => void,
  onFailure: (failure: UploadFailure) => void,
) {
  const [items, setItems] = useState(initial);
  const live = useRef(initial);
  const uploads = useRef(new Map<string, () => void>());
  const callbacks = useRef({ onChange, onFailure });
  useEffect(() => {
    callbacks.current = { onChange, onFailure };
  });
  // Uploads still running when the composer goes away are of no use to anyone.
  useEffect(() => {
    const running = uploads.current;
    return () => running.forEach((abort) => abort());
  }, []);
  const update = useCallback((change: Change) => {
    live.current = change(live.current);
    setItems(live.current);
  }, []);

  const add = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const key = `upload-${++nextKey}`;
        const base = { key, filename: file.name, size: file.size };
        update((list) => [...list, { ...base, state: "uploading", loaded: 0 }]);
        const upload = uploadFile(file, (loaded) =>
          update(
            changeItem(key, (item) => (item.state === "uploading" ? { ...item, loaded } : item)),
          ),
        );
        uploads.current.set(key, upload.abort);
        void upload.done.then((answer) => {
          uploads.current.delete(key);
          if (answer.ok) {
            const ref: AttachmentRef = { kind: "upload", id: answer.value.id };
            update(changeItem(key, () => ({ ...base, state: "attached", ref })));
            callbacks.current.onChange(live.current);
            return;
          }
          update(changeItem(key, () => null));
          if (answer.error.code !== "ABORTED")
            callbacks.current.onFailure({ filename: file.name, ...answer.error });
        });
      }
    },
    [update],
  );

  const remove = useCallback(
    (key: string) => {
      uploads.current.get(key)?.();
      update((list) => list.filter((item) => item.key !== key));
      callbacks.current.onChange(live.current);
    },
    [update],
  );

  /** After a draft save: the saved refs (`before`) now live on as `after` (same order). */
  const replaceRefs = useCallback(
    (before: AttachmentRef[], after: AttachmentRef[]) =>
      update((list) =>
        list.map((item) => {
          if (item.state !== "attached") return item;
          const index = before.findIndex((ref) => sameRef(ref, item.ref));
          const ref = index >= 0 ? after[index] : undefined;
          return ref ? { ...item, ref } : item;
        }),
      ),
    [update],
  );

  const current = useCallback(() => live.current, []);
  return { items, current, add, remove, replaceRefs };
}
