import type { UploadResult } from "@/lib/api/compose-contract";
import type { ComposeAnswer } from "@/components/compose/post-compose";

interface UploadHandle {
  done: Promise<ComposeAnswer<UploadResult>>;
  abort: () => void;
}

function answerOf(xhr: XMLHttpRequest): ComposeAnswer<UploadResult> {
  try {
    const answer = JSON.parse(xhr.responseText) as ComposeAnswer<UploadResult>;
    if (answer.ok === true && xhr.status < 300) return answer;
    if (answer.ok === false && typeof answer.error?.code === "string") return answer;
  } catch {
    // a proxy's own page (nginx answers a too-large body with HTML)
  }
  const code = xhr.status === 413 ? "TOO_LARGE" : `HTTP_${xhr.status}`;
  return { ok: false, error: { code, message: "" } };
}

/**
 * POST /api/compose/uploads with the file itself as the body (streamed by the server, never
 * buffered whole), its name in X-Filename. XMLHttpRequest, because fetch reports no upload
 * progress.
 */
export function uploadFile(file: File, onProgress: (loaded: number) => void): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ComposeAnswer<UploadResult>>((resolve) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded);
    xhr.onload = () => resolve(answerOf(xhr));
    xhr.onerror = () => resolve({ ok: false, error: { code: "NETWORK", message: "" } });
    xhr.onabort = () => resolve({ ok: false, error: { code: "ABORTED", message: "" } });
  });
  xhr.open("POST", "/api/compose/uploads");
  xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
  xhr.setRequestHeader("X-Filename", encodeURIComponent(file.name));
  xhr.setRequestHeader("Accept", "application/json");
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}
