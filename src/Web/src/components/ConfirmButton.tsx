import { createSignal, Show, type JSX } from "solid-js";

// A destructive action asks first, in place: the button turns into the question and two answers.
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  children?: JSX.Element;
}) {
  const [asking, setAsking] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Show
      when={asking()}
      fallback={
        <button type="button" class="danger" disabled={props.disabled} onClick={() => setAsking(true)}>
          {props.children ?? props.label}
        </button>
      }
    >
      <span class="confirm" role="group" aria-label={props.question}>
        <span>{props.question}</span>
        <button type="button" class="danger" disabled={busy()} onClick={confirm}>
          {props.confirmLabel ?? props.label}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </span>
    </Show>
  );
}
