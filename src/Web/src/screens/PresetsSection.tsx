import { createResource, createSignal, For, Show } from "solid-js";
import { del, get, post } from "../api";
import { Choice } from "../components/Choice";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { agents, type Preset } from "../types";

// Up to three named starting points: the agent of tab 1, the agents of further tabs, and the panes side by side.
export function PresetsSection() {
  const [presets, { refetch }] = createResource(() => get<Preset[]>("/api/me/presets"));
  const [name, setName] = createSignal("");
  const [agent, setAgent] = createSignal("bash");
  const [tabs, setTabs] = createSignal("");
  const [tiling, setTiling] = createSignal(1);
  const { busy, error, act } = useAction(async (change: () => Promise<void>) => {
    await change();
    await refetch();
  });
  const save = () =>
    act(async () => {
      const further = tabs().split(/[\s,]+/).filter(Boolean);
      await post("/api/me/presets", { name: name().trim(), agent: agent(), tabs: further, tiling: tiling() });
      setName("");
      setTabs("");
    });
  return (
    <section aria-labelledby="presets-heading">
      <h2 id="presets-heading">Presets</h2>
      <ul class="list">
        <For each={presets() ?? []} fallback={<li class="muted">No presets yet.</li>}>
          {(preset) => (
            <li>
              <span>
                <strong>{preset.name}</strong> — {preset.agent}
                {preset.tabs.length ? ` + ${preset.tabs.join(", ")}` : ""}, {preset.tiling} pane(s)
              </span>
              <ConfirmButton label="Delete" question={`Delete preset ${preset.name}?`} onConfirm={() => act(() => del(`/api/me/presets/${preset.id}`))} />
            </li>
          )}
        </For>
      </ul>
      <Show when={(presets()?.length ?? 0) < 3}>
        <form class="settings-form" aria-label="New preset" onSubmit={(event) => (event.preventDefault(), save())}>
          <Field label="Preset name">
            <input required maxLength={100} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
          <Choice label="Agent of tab 1" options={agents} value={agent()} onChange={setAgent} />
          <Field label="Further tabs" hint="Agents of tabs 2–6, separated by commas (e.g. bash, claude).">
            <input value={tabs()} onInput={(e) => setTabs(e.currentTarget.value)} />
          </Field>
          <Field label="Panes side by side">
            <input type="number" min="1" max="4" value={tiling()} onInput={(e) => setTiling(Number(e.currentTarget.value))} />
          </Field>
          <button type="submit" disabled={busy()}>
            Save preset
          </button>
        </form>
      </Show>
      <ErrorText message={error()} />
    </section>
  );
}
