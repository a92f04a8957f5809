import { ApiError, post, xsrfToken } from "../api";

// Uploads with progress (XMLHttpRequest reports upload progress; fetch does not): one request up to 5 MiB,
// above that a multipart upload of 8 MiB parts (SPEC §5: parts ≥ 5 MiB), completed once every part is in.
const singleLimit = 5 * 1024 * 1024;
const partSize = 8 * 1024 * 1024;

interface Started {
  id: string;
}

function send(method: string, url: string, body: Blob, onProgress: (sent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader("X-XSRF-TOKEN", xsrfToken());
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      if (request.status < 300) return resolve();
      let message = `The upload failed (${request.status}).`;
      try {
        const problem = JSON.parse(request.responseText) as { detail?: string; errors?: Record<string, string[]> };
        message = Object.values(problem.errors ?? {}).flat()[0] ?? problem.detail ?? message;
      } catch {
        // Not a problem document: keep the status.
      }
      reject(new ApiError(request.status, "upload_failed", message));
    };
    request.onerror = () => reject(new ApiError(0, "offline", "The upload was interrupted. Check your connection and try again."));
    request.send(body);
  });
}

export async function upload(path: string, file: File, onProgress: (fraction: number) => void): Promise<void> {
  const query = `path=${encodeURIComponent(path)}`;
  if (file.size <= singleLimit) {
    await send("PUT", `/api/files/content?${query}`, file, (sent) => onProgress(sent / Math.max(1, file.size)));
    return onProgress(1);
  }
  const started = await post<Started>("/api/files/uploads", { path, size: file.size, contentType: file.type || null });
  try {
    for (let offset = 0, number = 1; offset < file.size; offset += partSize, number++) {
      const part = file.slice(offset, offset + partSize);
      await send("PUT", `/api/files/uploads/${started.id}/parts/${number}`, part, (sent) => onProgress((offset + sent) / file.size));
    }
    await post(`/api/files/uploads/${started.id}/complete`);
    onProgress(1);
  } catch (error) {
    // Leave nothing half-written behind; the host's sweeper would abort it a day later anyway.
    await fetch(`/api/files/uploads/${started.id}`, { method: "DELETE", headers: { "X-XSRF-TOKEN": xsrfToken() } }).catch(() => undefined);
    throw error;
  }
}
