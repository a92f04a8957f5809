# shellcheck shell=bash
# `./codeflare run | stop | status | logs` — sourced by ./codeflare.
#
# Settings (environment; every one optional):
#   CODEFLARE_DATA_DIR   where the local PostgreSQL, secrets, the built host and logs live
#                        (default /var/lib/codeflare as root, else ~/.local/share/codeflare)
#   CODEFLARE_URL        where the host listens (default http://127.0.0.1:8080)
#   CODEFLARE_PG_PORT    port of the embedded PostgreSQL (default 5433)
#   CODEFLARE_S3_PORT    port of the embedded Ceph RGW S3 server (default 7480)
#   CODEFLARE_WORKSPACE  workspace image to build: full (agents, default) or slim
#   ConnectionStrings__Postgres               use this PostgreSQL; the embedded one is not started
#   Storage__ServiceUrl (+ Storage__AccessKey, Storage__SecretKey, Storage__Region, Storage__Bucket)
#                                             use this S3-compatible store; the embedded one is not started
#   DOCKER_HOST                               use this Docker engine; no local dockerd is installed or started
#   DataProtection__KeyEncryptionKey          32 bytes, base64: seals the sign-in key ring (default: made once
#                                             into <data>/secrets/dataprotection-key)

cf_data_dir() {
  if [[ -n "${CODEFLARE_DATA_DIR:-}" ]]; then echo "$CODEFLARE_DATA_DIR"
  elif [[ $EUID -eq 0 ]]; then echo /var/lib/codeflare
  else echo "$HOME/.local/share/codeflare"; fi
}

cf_url() { echo "${CODEFLARE_URL:-http://127.0.0.1:8080}"; }

cf_host_pid() { # the running host's pid, or nothing
  local pid_file pid
  pid_file="$(cf_data_dir)/host.pid"
  [[ -r "$pid_file" ]] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

# The embedded S3 server belongs to one data folder. The default folder keeps the names in the README
# (container `codeflare-s3`, volume `codeflare-s3-data`); any other folder gets its own pair, suffixed
# with a hash of the folder, so two data folders can run side by side and never share a bucket
# (with one fixed name, a second folder silently re-created the first one's container on its port).
cf_s3_names() {
  local data default
  [[ "$CODEFLARE_S3_CONTAINER" == codeflare-s3 && "$CODEFLARE_S3_VOLUME" == codeflare-s3-data ]] || return 0
  data="$(realpath -m "$(cf_data_dir)")"
  default="$(realpath -m "$(CODEFLARE_DATA_DIR='' cf_data_dir)")"
  [[ "$data" != "$default" ]] || return 0
  local suffix
  suffix="$(printf '%s' "$data" | sha256sum | cut -c1-8)"
  CODEFLARE_S3_CONTAINER="codeflare-s3-$suffix" CODEFLARE_S3_VOLUME="codeflare-s3-data-$suffix"
}

# Starts what the host needs unless the environment already points at it.
# The key that seals the sign-in key ring in PostgreSQL: 32 random bytes, made once per data folder.
cf_key_encryption_key() {
  local file="$1/secrets/dataprotection-key"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$1/secrets"
    (umask 077 && head -c 32 /dev/urandom | base64 -w0 >"$file")
  fi
  cat "$file"
}

cf_dependencies() {
  local data="$1"
  if [[ -z "${DataProtection__KeyEncryptionKey:-}" ]]; then
    DataProtection__KeyEncryptionKey="$(cf_key_encryption_key "$data")"
    export DataProtection__KeyEncryptionKey
  fi
  cf_s3_names
  if [[ -z "${DOCKER_HOST:-}" ]]; then
    provision_all --workspace "${CODEFLARE_WORKSPACE:-full}"
  fi
  if [[ -z "${ConnectionStrings__Postgres:-}" ]]; then
    ensure_local_postgres "$data" "${CODEFLARE_PG_PORT:-5433}"
    export ConnectionStrings__Postgres="$CODEFLARE_POSTGRES_CONNECTION_STRING"
  fi
  if [[ -z "${Storage__ServiceUrl:-}" ]]; then
    ensure_local_s3 "$data" "${CODEFLARE_S3_PORT:-7480}"
    export Storage__ServiceUrl="$CODEFLARE_S3_ENDPOINT" Storage__AccessKey="$CODEFLARE_S3_ACCESS_KEY" \
      Storage__SecretKey="$CODEFLARE_S3_SECRET_KEY" Storage__Region="$CODEFLARE_S3_REGION"
  fi
}

cf_build_host() {
  local out="$1"
  build_web_ui
  cf_log "building the host"
  dotnet publish "$CODEFLARE_ROOT/src/Host/Codeflare.Host/Codeflare.Host.csproj" -c Release -o "$out" \
    --nologo -v quiet -p:TreatWarningsAsErrors=true >"$(dirname "$out")/logs/build.log" 2>&1 \
    || { tail -n 30 "$(dirname "$out")/logs/build.log" >&2; cf_die "the host did not build (log: $(dirname "$out")/logs/build.log)"; }
}

cf_wait_ready() { # cf_wait_ready URL PID LOG — until /health/live answers
  local url="$1" pid="$2" log="$3" started="$SECONDS"
  until curl -fsS --max-time 2 -o /dev/null "$url/health/live" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$log" >&2; cf_die "the host exited during start (log: $log)"; return 1; }
    if ((SECONDS - started >= 60)); then
      # Do not leave a host behind that a later `run` would mistake for a healthy one.
      kill "$pid" 2>/dev/null || true
      tail -n 30 "$log" >&2
      cf_die "the host did not answer at $url within 60 s; stopped it (log: $log)"; return 1
    fi
    sleep 0.1
  done
}

cf_print_ready() {
  local url="$1" log="$2" code
  echo "Codeflare is ready at $url"
  if curl -fsS "$url/api/setup/status" 2>/dev/null | grep -q '"adminExists":false'; then
    code="$(grep -o 'Setup code: [A-Z0-9-]*' "$log" | tail -n 1 | cut -d' ' -f3)"
    echo "Setup code: ${code:-(see $log)}"
  fi
}

cf_run() {
  local data url log pid start
  start="$(cf_now)"
  data="$(cf_data_dir)"; url="$(cf_url)"; log="$data/logs/host.log"
  mkdir -p "$data/logs"
  if pid="$(cf_host_pid)" && [[ -n "$pid" ]]; then
    cf_log "the host is already running (pid $pid); './codeflare stop' to restart it"
    cf_print_ready "$url" "$log"
    return 0
  fi
  # Else the readiness wait below would take another server's answer for this host's.
  if [[ "$(curl -s -o /dev/null --max-time 2 -w '%{http_code}' "$url/" 2>/dev/null)" != 000 ]]; then
    cf_die "something already listens at $url (another Codeflare host?); stop it or set CODEFLARE_URL"
  fi
  cf_dependencies "$data"
  cf_build_host "$data/app"
  (
    cd "$data/app"
    # `Urls` (not only ASPNETCORE_URLS): appsettings.json sets "Urls", and ASPNETCORE_-prefixed
    # variables are read before appsettings.json, so ASPNETCORE_URLS alone is overridden.
    ASPNETCORE_URLS="$url" Urls="$url" ASPNETCORE_CONTENTROOT="$data/app" \
      setsid dotnet "$data/app/Codeflare.Host.dll" >>"$log" 2>&1 </dev/null &
    echo $! >"$data/host.pid"
  )
  pid="$(cat "$data/host.pid")"
  cf_wait_ready "$url" "$pid" "$log" || { rm -f "$data/host.pid"; return 1; }
  cf_log "started in $(cf_elapsed "$start") s (pid $pid, log $log)"
  cf_print_ready "$url" "$log"
}

cf_stop() {
  local data pid
  data="$(cf_data_dir)"
  if pid="$(cf_host_pid)" && [[ -n "$pid" ]]; then
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    cf_log "host stopped"
  fi
  rm -f "$data/host.pid"
  if [[ "${1:-}" == "--all" ]]; then
    stop_local_postgres "$data" || true
    cf_s3_names
    stop_local_s3
    cf_log "local PostgreSQL and S3 server stopped"
  fi
}

cf_status() {
  local pid data state
  pid="$(cf_host_pid)"; data="$(cf_data_dir)"
  if [[ -n "$pid" ]]; then echo "host: running (pid $pid) at $(cf_url)"; else echo "host: stopped"; fi
  # The embedded dependencies, whether or not the host runs.
  if [[ -n "$(_cf_pg_running_port "$data/postgres")" ]]; then echo "postgres: running (local, $data/postgres)"; else echo "postgres: not running locally"; fi
  cf_s3_names
  state="$(cf_docker inspect -f '{{.State.Status}}' "$CODEFLARE_S3_CONTAINER" 2>/dev/null | head -n 1 || true)"
  echo "s3: container $CODEFLARE_S3_CONTAINER ${state:-absent}"
  [[ -n "$pid" ]] && curl -sS "$(cf_url)/health/ready" && echo
  return 0
}

cf_logs() { tail -n 100 -F "$(cf_data_dir)/logs/host.log"; }
