import { createEffect, createSignal, For, onCleanup, Show, untrack } from "solid-js";
import { patch, post } from "../api";
import { ErrorText } from "../components/ErrorText";
import { FileBrowser } from "../files/FileBrowser";
import { StatusDot } from "../components/StatusDot";
import { useAction } from "../components/useAction";
import { prefs } from "../preferences";
import { navigate } from "../router";
import { refreshSessions, sessionById, statuses, watchSessions } from "../sessions";
import { ensureHub, linkState } from "../terminal/hub";
import { KeyBar } from "../terminal/KeyBar";
import { TerminalPane, type TerminalHandle } from "../terminal/TerminalPane";

const linkLabels = { connected: "Connected", connecting: "Connecting…", reconnecting: "Reconnecting…", offline: "Offline" };

// SPEC §8 terminal view: up to 6 tabs, 1–4 of them tiled side by side, a visible connection state.
// Every open tab keeps its terminal mounted (hidden when not shown), so switching never loses a byte.
export function SessionView(props: { sessionId: string }) {
  onCleanup(watchSessions());
  void ensureHub();
  const session = () => sessionById(props.sessionId);
  const status = () => statuses[props.sessionId];
  const state = () => status()?.status ?? session()?.status ?? "unknown";
  const tabCount = () => 1 + (session()?.tabs.length ?? 0);
  const tiling = () => Math.min(session()?.tiling ?? 1, tabCount());
  const [active, setActive] = createSignal(1);
  const [windowStart, setWindowStart] = createSignal(1);
  const [drawer, setDrawer] = createSignal(false);
  const handles = new Map<number, TerminalHandle>();
  const focused = () => handles.get(active());

  // The tiled window always contains the active tab, moving as little as possible. Computed once and set once (the
  // window is read untracked): a new tab made active before the session's tab list caught up made the old version
  // move the window back and forth until the stack overflowed.
  createEffect(() => {
    const tab = Math.min(active(), tabCount());
    const size = tiling();
    const current = untrack(windowStart);
    let start = current;
    if (tab < start) start = tab;
    else if (tab >= start + size) start = tab - size + 1;
    start = Math.max(1, Math.min(start, tabCount() - size + 1));
    if (start !== current) setWindowStart(start);
  });
  const visible = (tab: number) => tab >= windowStart() && tab < windowStart() + tiling();

  const { error, act } = useAction(async (change: () => Promise<void>) => {
    await change();
    await refreshSessions();
  });
  const addTab = () =>
    act(async () => {
      await patch(`/api/sessions/${props.sessionId}`, { tabs: [...(session()?.tabs ?? []), prefs().defaultAgent] });
      setActive(tabCount() + 1);
    });
  const setTiling = (value: number) => act(() => patch(`/api/sessions/${props.sessionId}`, { tiling: value }));
  const start = () => act(() => post(`/api/sessions/${props.sessionId}/start`));

  const shortcuts = (event: KeyboardEvent) => {
    // Alt+1…6 picks a tab; Alt+T opens one. Alt keeps them clear of the shell's own Ctrl keys.
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const digit = Number(event.key);
    if (digit >= 1 && digit <= tabCount()) {
      event.preventDefault();
      setActive(digit);
      handles.get(digit)?.focus();
    } else if (event.key.toLowerCase() === "t" && tabCount() < 6) {
      event.preventDefault();
      void addTab();
    }
  };
  window.addEventListener("keydown", shortcuts, true);
  onCleanup(() => window.removeEventListener("keydown", shortcuts, true));

  return (
    <main class="terminal-view">
      <div class="terminal-bar">
        <button type="button" onClick={() => navigate("/")} aria-label="Back to sessions">
          ←
        </button>
        <h1>{session()?.name ?? "Session"}</h1>
        {/* This page is itself a client while connected, whatever the last status poll counted. */}
        <StatusDot status={state()} attachedClients={Math.max(status()?.attachedClients ?? 0, linkState() === "connected" ? 1 : 0)} />
        <span class={`link link-${linkState()}`} role="status" aria-live="polite">
          {linkLabels[linkState()]}
        </span>
        <Show when={state() === "running"}>
          <div class="tabs" role="tablist" aria-label="Terminal tabs">
            <For each={Array.from({ length: tabCount() }, (_, index) => index + 1)}>
              {(tab) => (
                <button
                  type="button"
                  role="tab"
                  aria-selected={active() === tab}
                  aria-label={`Tab ${tab}${tab === 1 ? "" : ` (${session()?.tabs[tab - 2] ?? ""})`}`}
                  onClick={() => (setActive(tab), handles.get(tab)?.focus())}
                >
                  {tab}
                </button>
              )}
            </For>
          </div>
          <Show when={tabCount() < 6}>
            <button type="button" aria-label="New tab" onClick={addTab}>
              +
            </button>
          </Show>
          <label class="inline">
            <span>Panes</span>
            <select aria-label="Panes side by side" value={session()?.tiling ?? 1} onChange={(e) => setTiling(Number(e.currentTarget.value))}>
              <For each={[1, 2, 3, 4]}>{(count) => <option value={count}>{count}</option>}</For>
            </select>
          </label>
          <button type="button" onClick={() => void focused()?.copy()} aria-label="Copy selection">
            Copy
          </button>
          <button type="button" onClick={() => void focused()?.paste()} aria-label="Paste">
            Paste
          </button>
          <button type="button" onClick={() => focused()?.fit()} aria-label="Fit to window">
            Fit
          </button>
        </Show>
        <button type="button" aria-expanded={drawer()} onClick={() => setDrawer(!drawer())}>
          Files
        </button>
      </div>
      <ErrorText message={error()} />
      <Show when={drawer()}>
        <aside class="files-drawer" aria-label="Files">
          <header>
            <h2>Files</h2>
            <button type="button" onClick={() => setDrawer(false)}>
              Close files
            </button>
          </header>
          <FileBrowser />
        </aside>
      </Show>
      <Show
        when={state() === "running"}
        fallback={
          <section class="not-running card narrow">
            <p>
              This session is {state()}
              {status()?.stage ? ` (${status()?.stage})` : ""}.
            </p>
            <Show when={state() === "starting"}>
              <progress max="100" value={status()?.progress ?? 0} aria-label="Start progress" />
            </Show>
            <Show when={["created", "stopped", "failed"].includes(state())}>
              <button class="primary" type="button" onClick={start}>
                Start
              </button>
            </Show>
          </section>
        }
      >
        <div class={`panes tiles-${tiling()}`}>
          <For each={Array.from({ length: tabCount() }, (_, index) => index + 1)}>
            {(tab) => (
              <TerminalPane
                sessionId={props.sessionId}
                tab={tab}
                visible={visible(tab)}
                fontSize={prefs().fontSize}
                theme={prefs().theme}
                onFocus={() => setActive(tab)}
                ref={(handle) => handles.set(tab, handle)}
              />
            )}
          </For>
        </div>
        <KeyBar target={focused} />
      </Show>
    </main>
  );
}
