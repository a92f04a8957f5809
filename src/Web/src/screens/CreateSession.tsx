import { createResource, createSignal, For } from "solid-js";
import { get, post } from "../api";
import { Choice } from "../components/Choice";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { refreshSessions } from "../sessions";
import { agents, tiers, type Preferences, type Preset, type Session } from "../types";

// Name, agent, tier, and optionally a preset (whose agent and tabs then apply; SPEC §3).
export function CreateSession(props: { onCreated: (session: Session) => void }) {
  const [preferences] = createResource(() => get<Preferences>("/api/me/preferences"));
  const [presets] = createResource(() => get<Preset[]>("/api/me/presets"));
  const [name, setName] = createSignal("");
  const [agent, setAgent] = createSignal<string | null>(null);
  const [tier, setTier] = createSignal("standard");
  const [presetId, setPresetId] = createSignal("");
  const { busy, error, act } = useAction(async () => {
    const session = await post<Session>("/api/sessions", {
      name: name().trim(),
      agent: presetId() ? null : (agent() ?? preferences()?.defaultAgent ?? "bash"),
      tier: tier(),
      presetId: presetId() || null,
    });
    setName("");
    await refreshSessions();
    props.onCreated(session);
  });
  return (
    <form class="create" aria-label="New session" onSubmit={(event) => (event.preventDefault(), act())}>
      <Field label="Session name">
        <input name="name" required maxLength={100} value={name()} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. api-refactor" />
      </Field>
      <Choice label="Agent" options={agents} disabled={!!presetId()} value={agent() ?? preferences()?.defaultAgent ?? "bash"} onChange={setAgent} />
      <Choice label="Tier" options={tiers} value={tier()} onChange={setTier} />
      <Field label="Preset">
        <select name="preset" value={presetId()} onChange={(e) => setPresetId(e.currentTarget.value)}>
          <option value="">None</option>
          <For each={presets() ?? []}>{(preset) => <option value={preset.id}>{preset.name}</option>}</For>
        </select>
      </Field>
      <button class="primary" type="submit" disabled={busy()}>
        {busy() ? "Creating…" : "Create session"}
      </button>
      <ErrorText message={error()} />
    </form>
  );
}
