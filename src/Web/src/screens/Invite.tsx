import { createSignal, Show } from "solid-js";
import { post } from "../api";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { navigate } from "../router";

// The invitation link is /invite#<token>: the token stays in the fragment, which is never sent to a server or logged.
export function Invite() {
  const token = decodeURIComponent(location.hash.slice(1));
  const [password, setPassword] = createSignal("");
  const [accepted, setAccepted] = createSignal(false);
  const { busy, error, act } = useAction(async () => {
    await post("/api/invitations/accept", { token, password: password() });
    setAccepted(true);
  });
  return (
    <main class="card narrow">
      <h1>Join Codeflare</h1>
      <Show
        when={!accepted()}
        fallback={
          <>
            <p role="status">Your account is ready.</p>
            <button class="primary" type="button" onClick={() => navigate("/login", true)}>
              Sign in
            </button>
          </>
        }
      >
        <Show when={token} fallback={<ErrorText message="This invitation link is incomplete. Ask your administrator for a new one." />}>
          <p>Choose a password to accept your invitation.</p>
          <form onSubmit={(event) => (event.preventDefault(), act())}>
            <Field label="Password" hint="At least 12 characters.">
              <input name="password" type="password" autocomplete="new-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
            </Field>
            <ErrorText message={error()} />
            <button class="primary" type="submit" disabled={busy()}>
              {busy() ? "Accepting…" : "Accept invitation"}
            </button>
          </form>
        </Show>
      </Show>
    </main>
  );
}
