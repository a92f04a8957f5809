import { createResource } from "solid-js";
import { ApiError, get, post } from "./api";
import type { Me, SetupStatus } from "./types";

// Who is signed in (null: nobody) and whether the first admin exists; both refetched after sign-in/out.
// Without the script-readable XSRF-TOKEN cookie (set on sign-in, cleared on sign-out) nobody is signed in in
// this browser: the UI does not ask, so a signed-out page shows no failed request.
const hasXsrfCookie = () => document.cookie.split("; ").some((part) => part.startsWith("XSRF-TOKEN="));

async function fetchMe(): Promise<Me | null> {
  if (!hasXsrfCookie()) return null;
  try {
    return await get<Me>("/api/me");
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

const [me, { refetch: refetchMe }] = createResource(fetchMe);
const [setup, { refetch: refetchSetup }] = createResource(() => get<SetupStatus>("/api/setup/status"));

export { me, refetchMe, setup, refetchSetup };

export const can = (permission: string) => me()?.permissions.includes(permission) ?? false;

export async function signOut(): Promise<void> {
  await post("/api/auth/logout");
  document.cookie = "XSRF-TOKEN=; Max-Age=0; Path=/; SameSite=Strict";
  await refetchMe();
}
