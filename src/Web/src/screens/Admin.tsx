import { createResource, For, Show } from "solid-js";
import { get } from "../api";
import { me } from "../auth";
import { ErrorText } from "../components/ErrorText";
import type { Role, User } from "../types";
import { AllSessions } from "./AllSessions";
import { InviteForm } from "./InviteForm";
import { UserRow } from "./UserRow";

export function Admin() {
  const [users, { refetch }] = createResource(() => get<User[]>("/api/users"));
  const [roles] = createResource(() => get<Role[]>("/api/roles"));
  const roleNames = () => (roles() ?? []).map((role) => role.name);
  return (
    <main class="page">
      <h1>Administration</h1>
      <InviteForm roles={roleNames()} onInvited={() => void refetch()} />
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">Users</h2>
        <ErrorText message={users.error?.message} />
        <Show when={users()}>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                <For each={users()}>
                  {(user) => <UserRow user={user} roles={roleNames()} self={user.id === me()?.id} onChanged={() => void refetch()} />}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </section>
      <AllSessions users={users() ?? []} />
    </main>
  );
}
