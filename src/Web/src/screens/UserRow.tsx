import { createSignal, Show } from "solid-js";
import { del, post, put } from "../api";
import { CheckList } from "../components/CheckList";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorText } from "../components/ErrorText";
import { useAction } from "../components/useAction";
import type { User } from "../types";

// One user: roles as checkboxes saved together, disable/enable, delete. The server's refusals (the last
// admin, say) come back as readable messages under the row.
export function UserRow(props: { user: User; roles: string[]; self: boolean; onChanged: () => void }) {
  const [roles, setRoles] = createSignal<string[]>([...props.user.roles]);
  const changed = () => [...roles()].sort().join() !== [...props.user.roles].sort().join();
  const { busy, error, act } = useAction(async (change: () => Promise<void>) => {
    await change();
    props.onChanged();
  });
  return (
    <tr aria-label={props.user.email}>
      <td>
        {props.user.email}
        {props.self ? " (you)" : ""}
      </td>
      <td>
        <CheckList
          legend={`Roles of ${props.user.email}`}
          options={props.roles}
          chosen={roles()}
          onChange={setRoles}
          labelOf={(role) => `${role} role of ${props.user.email}`}
          hideLegend
        />
        <Show when={changed()}>
          <button type="button" disabled={busy()} onClick={() => act(() => put(`/api/users/${props.user.id}/roles`, { roles: roles() }))}>
            Save roles
          </button>
        </Show>
      </td>
      <td>{props.user.status}</td>
      <td class="actions">
        <Show
          when={props.user.status === "disabled"}
          fallback={
            <button type="button" disabled={busy()} onClick={() => act(() => post(`/api/users/${props.user.id}/disable`))}>
              Disable
            </button>
          }
        >
          <button type="button" disabled={busy()} onClick={() => act(() => post(`/api/users/${props.user.id}/enable`))}>
            Enable
          </button>
        </Show>
        <ConfirmButton label="Delete" question={`Delete ${props.user.email}?`} onConfirm={() => act(() => del(`/api/users/${props.user.id}`))} />
        <ErrorText message={error()} />
      </td>
    </tr>
  );
}
