export const contentUrl = (path: string) => `/api/files/content?path=${encodeURIComponent(path)}`;

/** "a/b/" → ["a/", "a/b/"]: the folders a breadcrumb links to. */
export function crumbs(folder: string): { name: string; path: string }[] {
  const parts = folder.split("/").filter(Boolean);
  return parts.map((name, index) => ({ name, path: parts.slice(0, index + 1).join("/") + "/" }));
}

export const parentOf = (path: string) => path.slice(0, path.replace(/\/$/, "").lastIndexOf("/") + 1);
