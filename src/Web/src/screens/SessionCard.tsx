import { Show } from "solid-js";
import { del, post } from "../api";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorText } from "../components/ErrorText";
import { StatusDot } from "../components/StatusDot";
import { useAction } from "../components/useAction";
import { ago, bytes } from "../format";
import { navigate } from "../router";
import { refreshSessions, statuses } from "../sessions";
import type { Session } from "../types";

export function SessionCard(props: { session: Session }) {
  const status = () => statuses[props.session.id];
  const state = () => status()?.status ?? props.session.status;
  const running = () => state() === "running";
  const busy = () => state() === "starting" || state() === "stopping";
  const startable = () => ["created", "stopped", "failed"].includes(state());
  const { error, act } = useAction(async (action: () => Promise<void>) => {
    await action();
    await refreshSessions();
  });
  const start = () => act(() => post(`/api/sessions/${props.session.id}/start`));
  const stop = () => act(() => post(`/api/sessions/${props.session.id}/stop`));
  const remove = () => act(() => del(`/api/sessions/${props.session.id}`));
  const metrics = () => status()?.metrics;

  return (
    <article class="session-card" aria-label={`Session ${props.session.name}`}>
      <header>
        <h3>{props.session.name}</h3>
        <StatusDot status={state()} attachedClients={status()?.attachedClients ?? 0} />
      </header>
      <dl class="facts">
        <dt>Agent</dt>
        <dd>{props.session.agent}</dd>
        <dt>Tier</dt>
        <dd>{props.session.tier}</dd>
        <dt>CPU</dt>
        <dd>{running() && metrics() ? `${metrics()!.cpuPercent.toFixed(1)} %` : "–"}</dd>
        <dt>Memory</dt>
        <dd>{running() && metrics() ? `${bytes(metrics()!.memoryBytes)} / ${bytes(metrics()!.memoryLimitBytes)}` : "–"}</dd>
        <dt>Disk</dt>
        <dd>{running() ? bytes(metrics()?.diskBytes) : "–"}</dd>
        <dt>Last active</dt>
        <dd>{ago(status()?.lastActiveAt ?? props.session.lastActiveAt)}</dd>
      </dl>
      <Show when={state() === "starting"}>
        <div class="progress">
          <progress max="100" value={status()?.progress ?? 0} aria-label={`Starting ${props.session.name}`} />
          <span>{status()?.stage ?? "starting"}</span>
        </div>
      </Show>
      <Show when={state() === "failed" && (status()?.message ?? props.session.message)}>
        <p class="error">{status()?.message ?? props.session.message}</p>
      </Show>
      <Show when={state() === "stopped" && props.session.reason}>
        <p class="muted">Stopped: {props.session.reason?.replace("_", " ")}</p>
      </Show>
      <div class="actions">
        <Show when={running()}>
          <button class="primary" type="button" onClick={() => navigate(`/sessions/${props.session.id}`)}>
            Open
          </button>
          <button type="button" onClick={stop}>
            Stop
          </button>
        </Show>
        <Show when={startable()}>
          <button class="primary" type="button" onClick={start}>
            Start
          </button>
        </Show>
        <ConfirmButton label="Delete" question={`Delete ${props.session.name}?`} disabled={busy()} onConfirm={remove} />
      </div>
      <ErrorText message={error()} />
    </article>
  );
}
