import { createSignal, For, Show } from "solid-js";
import { post } from "../api";
import { CopyButton } from "../components/CopyButton";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";

interface Invitation {
  id: string;
  acceptUrl: string;
  expiresAt: string;
}

export function InviteForm(props: { roles: string[]; onInvited: () => void }) {
  const [email, setEmail] = createSignal("");
  const [roles, setRoles] = createSignal<string[]>(["developer"]);
  const [invitation, setInvitation] = createSignal<Invitation | null>(null);
  const { busy, error, act } = useAction(async () => {
    setInvitation(await post<Invitation>("/api/users/invitations", { email: email().trim(), roles: roles() }));
    setEmail("");
    props.onInvited();
  });
  const toggle = (role: string, on: boolean) => setRoles(on ? [...roles(), role] : roles().filter((r) => r !== role));
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a user</h2>
      <form class="settings-form" aria-label="Invite a user" onSubmit={(event) => (event.preventDefault(), act())}>
        <Field label="Email of the invitee">
          <input type="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <fieldset>
          <legend>Roles</legend>
          <For each={props.roles}>
            {(role) => (
              <label class="check">
                <input type="checkbox" checked={roles().includes(role)} onChange={(e) => toggle(role, e.currentTarget.checked)} />
                {role}
              </label>
            )}
          </For>
        </fieldset>
        <button class="primary" type="submit" disabled={busy()}>
          Send invitation
        </button>
      </form>
      <ErrorText message={error()} />
      <Show when={invitation()}>
        <div class="notice" role="status">
          <p>Give this link to the invitee (valid until {new Date(invitation()!.expiresAt).toLocaleString()}):</p>
          <code class="secret" aria-label="Invitation link">{invitation()!.acceptUrl}</code>
          <CopyButton text={invitation()!.acceptUrl} label="Copy link" />
        </div>
      </Show>
    </section>
  );
}
