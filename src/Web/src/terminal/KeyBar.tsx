import type { TerminalHandle } from "./TerminalPane";

// The keys a phone keyboard lacks, above it: each sends its sequence to the focused terminal.
const keys: { label: string; name: string; data: string }[] = [
  { label: "Esc", name: "Escape", data: "\x1b" },
  { label: "Tab", name: "Tab", data: "\t" },
  { label: "←", name: "Left arrow", data: "\x1b[D" },
  { label: "↑", name: "Up arrow", data: "\x1b[A" },
  { label: "↓", name: "Down arrow", data: "\x1b[B" },
  { label: "→", name: "Right arrow", data: "\x1b[C" },
];

export function KeyBar(props: { target: () => TerminalHandle | undefined }) {
  // Keep the terminal focused (and the phone keyboard open): do not let the button take focus on press.
  const keep = (event: MouseEvent) => event.preventDefault();
  return (
    <div class="keybar" role="toolbar" aria-label="Terminal keys">
      {keys.slice(0, 2).map((key) => (
        <button type="button" aria-label={key.name} onMouseDown={keep} onClick={() => props.target()?.send(key.data)}>
          {key.label}
        </button>
      ))}
      <button type="button" aria-label="Control (applies to the next key)" onMouseDown={keep} onClick={() => props.target()?.armCtrl()}>
        Ctrl
      </button>
      {keys.slice(2).map((key) => (
        <button type="button" aria-label={key.name} onMouseDown={keep} onClick={() => props.target()?.send(key.data)}>
          {key.label}
        </button>
      ))}
      <button type="button" aria-label="Paste" onMouseDown={keep} onClick={() => void props.target()?.paste()}>
        Paste
      </button>
    </div>
  );
}
