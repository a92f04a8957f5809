// SPEC §8: green running and attached, yellow running and idle, gray stopped, red failed; starting and
// stopping pulse. The colour is never the only signal: the label says it too.
export function dotOf(status: string, attachedClients: number): { tone: string; label: string } {
  switch (status) {
    case "running":
      return attachedClients > 0 ? { tone: "green", label: "running, attached" } : { tone: "yellow", label: "running, idle" };
    case "failed":
      return { tone: "red", label: "failed" };
    case "starting":
    case "stopping":
      return { tone: "pulse", label: status };
    default:
      return { tone: "gray", label: status };
  }
}

export function StatusDot(props: { status: string; attachedClients: number }) {
  const dot = () => dotOf(props.status, props.attachedClients);
  return (
    <span class="status">
      <span class={`dot dot-${dot().tone}`} aria-hidden="true" />
      <span>{dot().label}</span>
    </span>
  );
}
