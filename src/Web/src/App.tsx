import { Match, onMount, Show, Switch } from "solid-js";
import { can, me, setup } from "./auth";
import { ErrorText } from "./components/ErrorText";
import { path, sessionIdOf } from "./router";
import { Admin } from "./screens/Admin";
import { Dashboard } from "./screens/Dashboard";
import { Invite } from "./screens/Invite";
import { Login } from "./screens/Login";
import { SessionView } from "./screens/SessionView";
import { FilesScreen } from "./screens/FilesScreen";
import { Settings } from "./screens/Settings";
import { Setup } from "./screens/Setup";
import { Shell } from "./Shell";
import { ensureHub } from "./terminal/hub";

function SignedIn() {
  onMount(() => void ensureHub());
  return (
    <Shell>
      <Switch fallback={<main class="page"><h1>Not found</h1><p>There is nothing at this address.</p></main>}>
        <Match when={path() === "/" || path() === "/login" || path() === "/setup"}>
          <Dashboard />
        </Match>
        <Match when={sessionIdOf(path())}>{(id) => <SessionView sessionId={id()} />}</Match>
        <Match when={path() === "/files"}>
          <FilesScreen />
        </Match>
        <Match when={path() === "/settings"}>
          <Settings />
        </Match>
        <Match when={path() === "/admin"}>
          <Show when={can("users.manage")} fallback={<main class="page"><h1>Administration</h1><ErrorText message="You do not have access to administration." /></main>}>
            <Admin />
          </Show>
        </Match>
      </Switch>
    </Shell>
  );
}

export function App() {
  return (
    <Switch fallback={<p class="loading" role="status">Loading…</p>}>
      <Match when={setup.error || me.error}>
        <main class="card narrow">
          <h1>Codeflare</h1>
          <ErrorText message={(setup.error ?? me.error)?.message ?? "Codeflare cannot be reached."} />
        </main>
      </Match>
      <Match when={path() === "/invite"}>
        <Invite />
      </Match>
      <Match when={setup() && !setup()!.adminExists}>
        <Setup />
      </Match>
      <Match when={setup() && me.state === "ready" && !me()}>
        <Login />
      </Match>
      <Match when={me()}>
        <SignedIn />
      </Match>
    </Switch>
  );
}
