import { createSignal } from "solid-js";

export function CopyButton(props: { text: string; label?: string }) {
  const [done, setDone] = createSignal(false);
  const copy = async () => {
    await navigator.clipboard.writeText(props.text);
    setDone(true);
    setTimeout(() => setDone(false), 1500);
  };
  return (
    <button type="button" onClick={copy}>
      {done() ? "Copied" : (props.label ?? "Copy")}
    </button>
  );
}
