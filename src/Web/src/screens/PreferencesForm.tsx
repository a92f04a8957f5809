import { createSignal } from "solid-js";
import { patch } from "../api";
import { Choice } from "../components/Choice";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { prefs, refetchPreferences } from "../preferences";
import { agents } from "../types";

export function PreferencesForm() {
  const [fontSize, setFontSize] = createSignal(prefs().fontSize);
  const [theme, setTheme] = createSignal(prefs().theme);
  const [agent, setAgent] = createSignal(prefs().defaultAgent);
  const [syncMode, setSyncMode] = createSignal(prefs().syncMode);
  const [idle, setIdle] = createSignal(prefs().idleTimeoutMinutes?.toString() ?? "");
  const [saved, setSaved] = createSignal(false);
  const { busy, error, act } = useAction(async () => {
    setSaved(false);
    await patch("/api/me/preferences", {
      fontSize: fontSize(),
      theme: theme(),
      defaultAgent: agent(),
      syncMode: syncMode(),
      idleTimeoutMinutes: idle() === "" ? 0 : Number(idle()),
    });
    await refetchPreferences();
    setSaved(true);
  });
  return (
    <form class="settings-form" aria-label="Preferences" onSubmit={(event) => (event.preventDefault(), act())}>
      <Field label="Terminal font size">
        <input type="number" min="8" max="32" value={fontSize()} onInput={(e) => setFontSize(Number(e.currentTarget.value))} />
      </Field>
      <Choice label="Theme" options={["system", "dark", "light"]} value={theme()} onChange={setTheme} />
      <Choice label="Default agent" options={agents} value={agent()} onChange={setAgent} />
      <Choice
        label="Workspace sync"
        hint="config: agent and tool settings; metadata: plus CLAUDE.md/AGENTS.md; full: all of workspace/."
        options={["config", "metadata", "full"]}
        value={syncMode()}
        onChange={setSyncMode}
      />
      <Field label="Idle timeout (minutes)" hint="Empty: the instance's default.">
        <input type="number" min="5" max="240" value={idle()} onInput={(e) => setIdle(e.currentTarget.value)} />
      </Field>
      <ErrorText message={error()} />
      <button class="primary" type="submit" disabled={busy()}>
        Save preferences
      </button>
      {saved() && <span role="status">Saved.</span>}
    </form>
  );
}
