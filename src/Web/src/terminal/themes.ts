import type { ITheme } from "@xterm/xterm";

const dark: ITheme = { background: "#0f1419", foreground: "#e6e6e6", cursor: "#f5a623", selectionBackground: "#3a4a5c" };
const light: ITheme = { background: "#fbfbfb", foreground: "#1d1f21", cursor: "#c2410c", selectionBackground: "#c9dcf0" };

/** The preference "system" follows the browser's colour scheme. */
export function themeFor(preference: string): ITheme {
  const wantsDark = preference === "dark" || (preference !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  return wantsDark ? dark : light;
}
