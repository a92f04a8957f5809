import { For } from "solid-js";

/** A named group of checkboxes over string options (roles, token scopes): the chosen ones, in the options' order. */
export function CheckList(props: {
  legend: string;
  options: readonly string[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  labelOf?: (option: string) => string;
  hideLegend?: boolean;
}) {
  const toggle = (option: string, on: boolean) =>
    props.onChange(props.options.filter((o) => (o === option ? on : props.chosen.includes(o))));
  return (
    <fieldset>
      <legend class={props.hideLegend ? "visually-hidden" : undefined}>{props.legend}</legend>
      <For each={props.options}>
        {(option) => (
          <label class="check">
            <input
              type="checkbox"
              aria-label={props.labelOf?.(option)}
              checked={props.chosen.includes(option)}
              onChange={(e) => toggle(option, e.currentTarget.checked)}
            />
            {option}
          </label>
        )}
      </For>
    </fieldset>
  );
}
