import { createSignal } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import { get } from "./api";
import { onStatus } from "./terminal/hub";
import type { Session, SessionStatus } from "./types";

// The signed-in user's sessions and their live status: fetched, refreshed every 5 s while anything shows them
// (metrics are sampled at that pace), and moved on at once by the hub's SessionStatus pushes.
const [sessions, setSessions] = createStore<Session[]>([]);
const [statuses, setStatuses] = createStore<Record<string, SessionStatus>>({});
const [loaded, setLoaded] = createSignal(false);
const [loadError, setLoadError] = createSignal<string | null>(null);

export { sessions, statuses, loaded, loadError };

export async function refreshSessions(): Promise<void> {
  try {
    const [list, live] = await Promise.all([get<Session[]>("/api/sessions"), get<SessionStatus[]>("/api/sessions/status")]);
    setSessions(reconcile(list, { key: "id" }));
    setStatuses(reconcile(Object.fromEntries(live.map((status) => [status.sessionId, status]))));
    setLoaded(true);
    setLoadError(null);
  } catch (error) {
    setLoadError(error instanceof Error ? error.message : String(error));
  }
}

let watchers = 0;
let timer: number | undefined;

/** Keeps the list fresh while at least one screen watches it; returns the unwatch. */
export function watchSessions(): () => void {
  if (watchers++ === 0) {
    void refreshSessions();
    timer = window.setInterval(() => void refreshSessions(), 5000);
  }
  return () => {
    if (--watchers === 0) clearInterval(timer);
  };
}

onStatus((push) => {
  const known = statuses[push.sessionId];
  if (known) setStatuses(push.sessionId, { status: push.status, stage: push.stage, progress: push.progress, message: push.message });
  const index = sessions.findIndex((session) => session.id === push.sessionId);
  if (index >= 0) setSessions(index, { status: push.status, stage: push.stage, message: push.message });
  // A status that ends a transition brings new metrics and attach counts: fetch them rather than wait.
  if (push.status === "running" || push.status === "stopped" || push.status === "failed" || push.status === "deleted") void refreshSessions();
});

export const sessionById = (id: string) => sessions.find((session) => session.id === id);
