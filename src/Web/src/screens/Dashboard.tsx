import { For, onCleanup, Show } from "solid-js";
import { ErrorText } from "../components/ErrorText";
import { loaded, loadError, sessions, watchSessions } from "../sessions";
import { CreateSession } from "./CreateSession";
import { SessionCard } from "./SessionCard";

export function Dashboard() {
  onCleanup(watchSessions());
  return (
    <main class="page">
      <h1>Sessions</h1>
      <CreateSession onCreated={() => undefined} />
      <ErrorText message={loadError()} />
      <Show when={loaded() && sessions.length === 0}>
        <p class="muted">No sessions yet. Name one above and create it; then start it and open its terminal.</p>
      </Show>
      <section class="cards" aria-label="Your sessions">
        <For each={sessions}>{(session) => <SessionCard session={session} />}</For>
      </section>
    </main>
  );
}
