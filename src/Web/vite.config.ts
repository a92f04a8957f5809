import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// Built into the host's wwwroot; the host serves index.html with a per-response CSP nonce (SPEC §9).
export default defineConfig({
  plugins: [solid()],
  build: {
    outDir: "../Host/Codeflare.Host/wwwroot",
    emptyOutDir: true,
    // The preload polyfill is an inline script, which the CSP forbids; every supported browser has modulepreload.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:8080",
      "/hubs": { target: "http://127.0.0.1:8080", ws: true },
    },
  },
});
