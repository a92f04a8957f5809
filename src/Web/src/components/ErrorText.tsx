import { Show } from "solid-js";

/** A readable error, announced to screen readers; nothing when there is none. */
export function ErrorText(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <p class="error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}
