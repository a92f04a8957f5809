import { For, onCleanup, Show, type JSX } from "solid-js";
import { can, me, signOut } from "./auth";
import { navigate, path, sessionIdOf } from "./router";
import { sessions, watchSessions } from "./sessions";
import { closeHub } from "./terminal/hub";

function NavLink(props: { href: string; children: JSX.Element }) {
  return (
    <a
      href={props.href}
      aria-current={path() === props.href ? "page" : undefined}
      onClick={(event) => (event.preventDefault(), navigate(props.href))}
    >
      {props.children}
    </a>
  );
}

// The frame of every signed-in screen: navigation, the session switcher, who is signed in.
export function Shell(props: { children: JSX.Element }) {
  onCleanup(watchSessions());
  const leave = async () => {
    await closeHub();
    await signOut();
    navigate("/login", true);
  };
  return (
    <div class="shell">
      <header class="topbar">
        <a class="brand" href="/" onClick={(event) => (event.preventDefault(), navigate("/"))}>
          Codeflare
        </a>
        <nav aria-label="Main">
          <NavLink href="/">Sessions</NavLink>
          <Show when={can("files.own")}>
            <NavLink href="/files">Files</NavLink>
          </Show>
          <NavLink href="/settings">Settings</NavLink>
          <Show when={can("users.manage")}>
            <NavLink href="/admin">Admin</NavLink>
          </Show>
        </nav>
        <label class="switcher">
          <span class="visually-hidden">Switch session</span>
          <select
            aria-label="Switch session"
            value={sessionIdOf(path()) ?? ""}
            onChange={(event) => navigate(event.currentTarget.value ? `/sessions/${event.currentTarget.value}` : "/")}
          >
            <option value="">All sessions</option>
            <For each={sessions}>{(session) => <option value={session.id}>{`${session.name} (${session.status})`}</option>}</For>
          </select>
        </label>
        <span class="who">{me()?.email}</span>
        <button type="button" onClick={leave}>
          Sign out
        </button>
      </header>
      {props.children}
    </div>
  );
}
