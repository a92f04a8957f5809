import type { JSX } from "solid-js";

// A labelled control: the label names the control for screen readers and for the browser tests.
export function Field(props: { label: string; hint?: string; children: JSX.Element }) {
  return (
    <label class="field">
      <span class="field-label">{props.label}</span>
      {props.children}
      {props.hint && <span class="field-hint">{props.hint}</span>}
    </label>
  );
}
