import { createSignal, Show } from "solid-js";
import { del, post } from "../api";
import { ConfirmButton } from "../components/ConfirmButton";
import { ErrorText } from "../components/ErrorText";
import { useAction } from "../components/useAction";
import { ago, bytes } from "../format";
import { contentUrl, parentOf } from "./paths";

export interface Entry {
  name: string;
  path: string;
  kind: "file" | "folder";
  size: number;
  modifiedAt: string | null;
}

// One file or folder: open (a folder) or preview (a file), download, rename in place, delete after asking.
export function FileRow(props: { entry: Entry; onOpen: (entry: Entry) => void; onChanged: () => void }) {
  const [renaming, setRenaming] = createSignal(false);
  const [name, setName] = createSignal(props.entry.name);
  const { error, act } = useAction(async (change: () => Promise<void>) => {
    await change();
    props.onChanged();
  });
  const rename = () =>
    act(async () => {
      await post("/api/files/move", { from: props.entry.path, to: parentOf(props.entry.path) + name().trim() });
      setRenaming(false);
    });
  const folder = () => props.entry.kind === "folder";
  return (
    <li class="file-row">
      <Show
        when={renaming()}
        fallback={
          <button type="button" class="link-button" onClick={() => props.onOpen(props.entry)} aria-label={`${folder() ? "Open folder" : "Preview"} ${props.entry.name}`}>
            {folder() ? "📁 " : ""}
            {props.entry.name}
          </button>
        }
      >
        <form class="rename" onSubmit={(event) => (event.preventDefault(), rename())}>
          <input aria-label={`New name for ${props.entry.name}`} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      </Show>
      <span class="muted">{folder() ? "folder" : `${bytes(props.entry.size)}, ${ago(props.entry.modifiedAt)}`}</span>
      <span class="actions">
        <Show when={!folder()}>
          <a class="button" href={contentUrl(props.entry.path)} download={props.entry.name} aria-label={`Download ${props.entry.name}`}>
            Download
          </a>
        </Show>
        <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${props.entry.name}`}>
          Rename
        </button>
        <ConfirmButton
          label="Delete"
          question={`Delete ${props.entry.name}${folder() ? " and everything in it" : ""}?`}
          onConfirm={() => act(() => del(`/api/files?path=${encodeURIComponent(props.entry.path)}&recursive=true`))}
        />
      </span>
      <ErrorText message={error()} />
    </li>
  );
}
