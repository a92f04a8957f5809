import { createSignal } from "solid-js";
import { post } from "../api";
import { refetchMe, refetchSetup } from "../auth";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { navigate } from "../router";

// SPEC §6 step 1: the one-time code from the host's console, then the first admin, who is signed in at once.
export function Setup() {
  const [code, setCode] = createSignal("");
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const { busy, error, act } = useAction(async () => {
    await post("/api/setup/admin", { setupCode: code().trim(), email: email().trim(), password: password() });
    await post("/api/auth/login", { email: email().trim(), password: password() });
    await Promise.all([refetchSetup(), refetchMe()]);
    navigate("/", true);
  });
  return (
    <main class="card narrow">
      <h1>Set up Codeflare</h1>
      <p>Enter the setup code that <code>./codeflare run</code> printed, and create the first administrator.</p>
      <form onSubmit={(event) => (event.preventDefault(), act())}>
        <Field label="Setup code">
          <input name="setupCode" autocomplete="off" required value={code()} onInput={(e) => setCode(e.currentTarget.value)} />
        </Field>
        <Field label="Email">
          <input name="email" type="email" autocomplete="username" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field label="Password" hint="At least 12 characters.">
          <input name="password" type="password" autocomplete="new-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        <ErrorText message={error()} />
        <button class="primary" type="submit" disabled={busy()}>
          {busy() ? "Creating…" : "Create administrator"}
        </button>
      </form>
    </main>
  );
}
