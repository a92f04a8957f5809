// One way to call the API: JSON in and out, the antiforgery header on unsafe requests (SPEC §14), and every
// failure turned into an ApiError whose message is the ProblemDetails' human text, never raw JSON.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

interface Problem {
  title?: string;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
}

const unsafe = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function xsrfToken(): string {
  const match = document.cookie.split("; ").find((part) => part.startsWith("XSRF-TOKEN="));
  return match ? decodeURIComponent(match.slice("XSRF-TOKEN=".length)) : "";
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  try {
    problem = (await response.json()) as Problem;
  } catch {
    // Not JSON (a proxy's page, say): fall back to the status text below.
  }
  const fields = problem.errors ?? {};
  const first = Object.values(fields).flat()[0];
  const message = first ?? problem.detail ?? problem.title ?? `The server answered ${response.status} ${response.statusText}.`;
  return new ApiError(response.status, problem.code ?? "error", message, fields);
}

export async function api<T = void>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (unsafe.has(method)) headers["X-XSRF-TOKEN"] = xsrfToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "offline", "Codeflare cannot be reached. Check your connection and try again.");
  }
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204 || response.headers.get("Content-Length") === "0") return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string) => api<T>("GET", path);
export const post = <T = void>(path: string, body?: unknown) => api<T>("POST", path, body ?? {});
export const patch = <T = void>(path: string, body: unknown) => api<T>("PATCH", path, body);
export const put = <T = void>(path: string, body: unknown) => api<T>("PUT", path, body);
export const del = <T = void>(path: string) => api<T>("DELETE", path);

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
