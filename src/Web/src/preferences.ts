import { createResource } from "solid-js";
import { get } from "./api";
import { me } from "./auth";
import type { Preferences } from "./types";

const fallback: Preferences = { fontSize: 14, theme: "system", defaultAgent: "bash", syncMode: "config", idleTimeoutMinutes: null };

// Read when someone signs in (keyed by who), and again after the settings screen changes them.
const [preferences, { refetch: refetchPreferences }] = createResource(
  () => me()?.id,
  () => get<Preferences>("/api/me/preferences"),
);

export { refetchPreferences };
export const prefs = () => (preferences.error ? fallback : (preferences() ?? fallback));
