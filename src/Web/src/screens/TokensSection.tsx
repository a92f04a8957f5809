import { createResource, createSignal, For, Show } from "solid-js";
import { del, get, post } from "../api";
import { CheckList } from "../components/CheckList";
import { ConfirmButton } from "../components/ConfirmButton";
import { CopyButton } from "../components/CopyButton";
import { ErrorText } from "../components/ErrorText";
import { Field } from "../components/Field";
import { useAction } from "../components/useAction";
import { me } from "../auth";
import { date } from "../format";
import type { ApiToken, CreatedToken } from "../types";

// Personal access tokens: the secret is shown once, right after creation, with a copy button; never again.
export function TokensSection() {
  const [tokens, { refetch }] = createResource(() => get<ApiToken[]>("/api/me/tokens"));
  const [name, setName] = createSignal("");
  const [days, setDays] = createSignal(30);
  const [scopes, setScopes] = createSignal<string[]>(["sessions.own"]);
  const [created, setCreated] = createSignal<CreatedToken | null>(null);
  const { busy, error, act } = useAction(async (change: () => Promise<void>) => {
    await change();
    await refetch();
  });
  const create = () =>
    act(async () => {
      setCreated(await post<CreatedToken>("/api/me/tokens", { name: name().trim(), scopes: scopes(), expiresInDays: days() }));
      setName("");
    });
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <Show when={created()}>
        <div class="notice" role="status">
          <p>
            Token <strong>{created()!.name}</strong> — copy it now; it is not shown again.
          </p>
          <code class="secret" aria-label="New token secret">{created()!.token}</code>
          <CopyButton text={created()!.token} label="Copy token" />
          <button type="button" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      </Show>
      <ul class="list">
        <For each={(tokens() ?? []).filter((token) => !token.revokedAt)} fallback={<li class="muted">No tokens.</li>}>
          {(token) => (
            <li>
              <span>
                <strong>{token.name}</strong> ({token.scopes.join(", ")}) — expires {date(token.expiresAt)}, last used {date(token.lastUsedAt)}
              </span>
              <ConfirmButton label="Revoke" question={`Revoke ${token.name}?`} onConfirm={() => act(() => del(`/api/me/tokens/${token.id}`))} />
            </li>
          )}
        </For>
      </ul>
      <form class="settings-form" aria-label="Create a token" onSubmit={(event) => (event.preventDefault(), create())}>
        <Field label="Token name">
          <input required maxLength={100} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <Field label="Expires in (days)">
          <input type="number" min="1" max="365" value={days()} onInput={(e) => setDays(Number(e.currentTarget.value))} />
        </Field>
        <CheckList legend="Scopes" options={me()?.permissions ?? []} chosen={scopes()} onChange={setScopes} />
        <button type="submit" disabled={busy()}>
          Create token
        </button>
      </form>
      <ErrorText message={error()} />
    </section>
  );
}
