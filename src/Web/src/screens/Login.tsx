import { createSignal } from "solid-js";
import { post } from "../api";
import { refetchMe } from "../auth";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { navigate } from "../router";

export function Login() {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const { busy, error, act } = useAction(async () => {
    await post("/api/auth/login", { email: email().trim(), password: password() });
    await refetchMe();
    navigate("/", true);
  });
  return (
    <main class="card narrow">
      <h1>Sign in to Codeflare</h1>
      <form onSubmit={(event) => (event.preventDefault(), act())}>
        <Field label="Email">
          <input name="email" type="email" autocomplete="username" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field label="Password">
          <input name="password" type="password" autocomplete="current-password" required value={password()} onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        <ErrorText message={error()} />
        <button class="primary" type="submit" disabled={busy()}>
          {busy() ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </main>
  );
}
