import { createSignal } from "solid-js";

// A page's address is its state: history API paths, no hash routing (the hash carries invitation tokens).
const [path, setPath] = createSignal(location.pathname);

window.addEventListener("popstate", () => setPath(location.pathname));

export { path };

export function navigate(to: string, replace = false): void {
  if (to === location.pathname + location.search) return;
  if (replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  setPath(location.pathname);
}

/** `/sessions/<id>` → the id, else null. */
export function sessionIdOf(current: string): string | null {
  const match = /^\/sessions\/([0-9a-f-]{36})$/i.exec(current);
  return match?.[1] ?? null;
}
