import { createSignal, Show } from "solid-js";
import { post } from "../api";
import { CheckList } from "../components/CheckList";
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
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a user</h2>
      <form class="settings-form" aria-label="Invite a user" onSubmit={(event) => (event.preventDefault(), act())}>
        <Field label="Email of the invitee">
          <input type="email" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <CheckList legend="Roles" options={props.roles} chosen={roles()} onChange={setRoles} />
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
