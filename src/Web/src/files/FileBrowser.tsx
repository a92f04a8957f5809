import { createResource, createSignal, For, Show } from "solid-js";
import { get, messageOf } from "../api";
import { ErrorText } from "../components/ErrorText";
import { bytes } from "../format";
import { FilePreviewPanel } from "./FilePreviewPanel";
import { FileRow, type Entry } from "./FileRow";
import { crumbs } from "./paths";
import { upload } from "./upload";

interface Listing {
  entries: Entry[];
  nextCursor: string | null;
}

interface Usage {
  files: number;
  bytes: number;
  quotaBytes: number;
}

interface Transfer {
  name: string;
  progress: number;
  error: string | null;
}

// SPEC §8 files drawer: browse with breadcrumbs, upload by picker or drag and drop with progress, preview,
// download, rename, delete. Everything is the signed-in user's home folder in object storage.
export function FileBrowser() {
  const [folder, setFolder] = createSignal("");
  const [more, setMore] = createSignal<Entry[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [listing, { refetch }] = createResource(folder, async (path) => {
    const page = await get<Listing>(`/api/files?path=${encodeURIComponent(path)}`);
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  });
  const [usage, { refetch: refetchUsage }] = createResource(() => get<Usage>("/api/files/stats"));
  const [previewing, setPreviewing] = createSignal<string | null>(null);
  const [transfers, setTransfers] = createSignal<Transfer[]>([]);
  const [dragging, setDragging] = createSignal(false);

  const changed = () => {
    void refetch();
    void refetchUsage();
  };
  const open = (entry: Entry) => (entry.kind === "folder" ? (setFolder(entry.path), setPreviewing(null)) : setPreviewing(entry.path));
  const loadMore = async () => {
    const page = await get<Listing>(`/api/files?path=${encodeURIComponent(folder())}&cursor=${encodeURIComponent(cursor()!)}`);
    setMore([...more(), ...page.entries]);
    setCursor(page.nextCursor);
  };
  const uploadAll = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const update = (change: Partial<Transfer>) => setTransfers((all) => all.map((t) => (t.name === file.name ? { ...t, ...change } : t)));
      setTransfers((all) => [...all.filter((t) => t.name !== file.name), { name: file.name, progress: 0, error: null }]);
      try {
        await upload(folder() + file.name, file, (progress) => update({ progress }));
        setTransfers((all) => all.filter((t) => t.name !== file.name));
      } catch (error) {
        update({ error: messageOf(error) });
      }
      changed();
    }
  };

  return (
    <div
      class="file-browser"
      classList={{ dragging: dragging() }}
      onDragOver={(event) => (event.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => (event.preventDefault(), setDragging(false), void uploadAll(event.dataTransfer?.files ?? null))}
    >
      <nav class="crumbs" aria-label="Folder path">
        <button type="button" onClick={() => setFolder("")} aria-current={folder() === "" ? "location" : undefined}>
          Home
        </button>
        <For each={crumbs(folder())}>
          {(crumb) => (
            <>
              <span aria-hidden="true">/</span>
              <button type="button" onClick={() => setFolder(crumb.path)} aria-current={folder() === crumb.path ? "location" : undefined}>
                {crumb.name}
              </button>
            </>
          )}
        </For>
      </nav>
      <div class="file-tools">
        <label class="button">
          Upload files
          <input class="visually-hidden" type="file" multiple onChange={(event) => void uploadAll(event.currentTarget.files)} />
        </label>
        <span class="muted">or drop files here.</span>
        <Show when={usage()}>
          <span class="muted usage">
            {usage()!.files} files, {bytes(usage()!.bytes)} of {bytes(usage()!.quotaBytes)}
          </span>
        </Show>
      </div>
      <For each={transfers()}>
        {(transfer) => (
          <div class="transfer">
            <span>{transfer.name}</span>
            <progress max="1" value={transfer.progress} aria-label={`Uploading ${transfer.name}`} />
            <ErrorText message={transfer.error} />
          </div>
        )}
      </For>
      <ErrorText message={listing.error?.message} />
      <ul class="file-list" aria-label="Files">
        <For each={[...(listing()?.entries ?? []), ...more()]} fallback={<li class="muted">{listing.loading ? "Loading…" : "This folder is empty."}</li>}>
          {(entry) => <FileRow entry={entry} onOpen={open} onChanged={changed} />}
        </For>
      </ul>
      <Show when={cursor()}>
        <button type="button" onClick={() => void loadMore()}>
          Load more
        </button>
      </Show>
      <Show when={previewing()}>{(path) => <FilePreviewPanel path={path()} onClose={() => setPreviewing(null)} />}</Show>
    </div>
  );
}
