import { createResource, For } from "solid-js";
import { get, post } from "../api";
import { ErrorText } from "../components/ErrorText";
import { useAction } from "../components/useAction";
import { ago } from "../format";
import type { Session, User } from "../types";

// Every user's sessions, for the admin who has to stop one (reason "admin" in the audit).
export function AllSessions(props: { users: User[] }) {
  const [sessions, { refetch }] = createResource(() => get<Session[]>("/api/admin/sessions"));
  const owner = (id: string) => props.users.find((user) => user.id === id)?.email ?? id;
  const { error, act } = useAction(async (id: string) => {
    await post(`/api/sessions/${id}/stop`);
    await refetch();
  });
  return (
    <section aria-labelledby="all-sessions-heading">
      <h2 id="all-sessions-heading">Sessions of all users</h2>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
              <th scope="col">Last active</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            <For each={sessions() ?? []} fallback={<tr><td colspan="5" class="muted">No sessions.</td></tr>}>
              {(session) => (
                <tr>
                  <td>{session.name}</td>
                  <td>{owner(session.ownerId)}</td>
                  <td>{session.status}</td>
                  <td>{ago(session.lastActiveAt)}</td>
                  <td>
                    {session.status === "running" && (
                      <button type="button" aria-label={`Stop ${session.name}`} onClick={() => act(session.id)}>
                        Stop
                      </button>
                    )}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <ErrorText message={error()} />
    </section>
  );
}
