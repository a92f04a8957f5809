import { PreferencesForm } from "./PreferencesForm";
import { PresetsSection } from "./PresetsSection";
import { TokensSection } from "./TokensSection";

export function Settings() {
  return (
    <main class="page">
      <h1>Settings</h1>
      <section aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">Preferences</h2>
        <PreferencesForm />
      </section>
      <PresetsSection />
      <TokensSection />
    </main>
  );
}
