import { FitAddon } from "@xterm/addon-fit";
import { WebLinksAddon } from "@xterm/addon-web-links";
import { Terminal } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";
import { createEffect, createSignal, onCleanup, onMount, Show } from "solid-js";
import { TerminalLink } from "./TerminalLink";
import { themeFor } from "./themes";

export interface TerminalHandle {
  send(data: string): void;
  armCtrl(): void;
  focus(): void;
  copy(): Promise<void>;
  paste(): Promise<void>;
  fit(): void;
}

// One tab's terminal: xterm.js fitted to its box, linked to the hub. It stays mounted while hidden so its
// screen and stream are kept; it is fitted whenever it becomes visible or its box changes size.
export function TerminalPane(props: {
  sessionId: string;
  tab: number;
  visible: boolean;
  fontSize: number;
  theme: string;
  onFocus: () => void;
  ref: (handle: TerminalHandle) => void;
}) {
  let box!: HTMLDivElement;
  const [problem, setProblem] = createSignal<string | null>(null);
  // Repaints so far: the first attach is one; a reconnect that resumed from its offset adds none.
  const [resets, setResets] = createSignal(0);
  const term = new Terminal({
    fontFamily: '"DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace',
    fontSize: props.fontSize,
    cursorBlink: true,
    scrollback: 10_000,
    // Programs pick colours for some background; xterm adjusts any that would be hard to read on ours (WCAG AA).
    minimumContrastRatio: 4.5,
    theme: themeFor(props.theme),
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  term.loadAddon(new WebLinksAddon());
  let link: TerminalLink | undefined;
  let resizeTimer: number | undefined;

  const fit = () => {
    if (!props.visible || box.clientWidth === 0 || box.clientHeight === 0) return;
    fitAddon.fit();
  };

  const copy = async () => {
    const selection = term.getSelection();
    if (selection) await navigator.clipboard.writeText(selection);
  };
  const paste = async () => {
    term.paste(await navigator.clipboard.readText());
    term.focus();
  };

  onMount(() => {
    term.open(box);
    term.textarea?.setAttribute("aria-label", `Terminal, tab ${props.tab}`);
    // Ctrl+Shift+C / Ctrl+Shift+V copy and paste; plain Ctrl+C stays an interrupt for the shell.
    term.attachCustomKeyEventHandler((event) => {
      if (event.type !== "keydown" || !event.ctrlKey || !event.shiftKey) return true;
      if (event.code === "KeyC") return void copy(), false;
      if (event.code === "KeyV") return void paste(), false;
      return true;
    });
    term.textarea?.addEventListener("focus", () => props.onFocus());
    fit();
    link = new TerminalLink(term, props.sessionId, props.tab, setProblem, () => setResets(resets() + 1));
    term.onResize(({ cols, rows }) => {
      clearTimeout(resizeTimer);
      resizeTimer = window.setTimeout(() => link?.resize(cols, rows), 80);
    });
    const observer = new ResizeObserver(() => fit());
    observer.observe(box);
    onCleanup(() => observer.disconnect());
    props.ref({
      send: (data) => (link?.send(data), term.focus()),
      armCtrl: () => {
        if (link) link.ctrlArmed = true;
        term.focus();
      },
      focus: () => term.focus(),
      copy,
      paste,
      fit,
    });
  });

  createEffect(() => {
    if (props.visible) queueMicrotask(fit);
  });
  createEffect(() => (term.options.fontSize = props.fontSize));
  createEffect(() => (term.options.theme = themeFor(props.theme)));

  onCleanup(() => {
    clearTimeout(resizeTimer);
    link?.dispose();
    term.dispose();
  });

  return (
    <div class="pane" classList={{ hidden: !props.visible }} data-tab={props.tab} data-resets={resets()}>
      <div class="pane-terminal" ref={box} />
      <Show when={problem()}>
        <p class="pane-problem" role="status">
          {problem()}
        </p>
      </Show>
    </div>
  );
}
