import { For } from "solid-js";
import { Field } from "./Field";

/** A labelled drop-down over string options (agents, tiers, themes, sync modes). */
export function Choice(props: {
  label: string;
  hint?: string;
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      <select value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={props.options}>{(option) => <option value={option}>{option}</option>}</For>
      </select>
    </Field>
  );
}
