import { createResource, Match, Switch } from "solid-js";
import { get } from "../api";
import { ErrorText } from "../components/ErrorText";
import { bytes } from "../format";
import { contentUrl } from "./paths";

interface Preview {
  kind: "text" | "image" | "binary";
  contentType: string;
  size: number;
  encoding: string | null;
  text: string | null;
  truncated: boolean;
}

export function FilePreviewPanel(props: { path: string; onClose: () => void }) {
  const [preview] = createResource(() => props.path, (path) => get<Preview>(`/api/files/preview?path=${encodeURIComponent(path)}`));
  return (
    <section class="preview" aria-label={`Preview of ${props.path}`}>
      <header>
        <h3>{props.path}</h3>
        <button type="button" onClick={() => props.onClose()}>
          Close preview
        </button>
      </header>
      <ErrorText message={preview.error?.message} />
      <Switch fallback={<p class="muted">Loading…</p>}>
        <Match when={preview()?.kind === "text"}>
          <p class="muted">
            {bytes(preview()!.size)}, {preview()!.encoding}
            {preview()!.truncated ? " — the first MiB" : ""}
          </p>
          <pre class="preview-text">{preview()!.text}</pre>
        </Match>
        <Match when={preview()?.kind === "image"}>
          <img class="preview-image" src={contentUrl(props.path)} alt={props.path} />
        </Match>
        <Match when={preview()?.kind === "binary"}>
          <p>No preview for this file ({preview()!.contentType}, {bytes(preview()!.size)}). Download it instead.</p>
        </Match>
      </Switch>
    </section>
  );
}
