import { FileBrowser } from "../files/FileBrowser";

export function FilesScreen() {
  return (
    <main class="page">
      <h1>Files</h1>
      <p class="muted">Your home folder, kept in object storage: restored into every session you start.</p>
      <FileBrowser />
    </main>
  );
}
