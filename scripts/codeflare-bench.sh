# shellcheck shell=bash
# `./codeflare bench [harness options…]` — sourced by ./codeflare.
# Provisions Docker and the slim workspace image, installs wetty 3.2.0 (scripts/bench/wetty.sh),
# builds bench/Codeflare.Benchmarks in Release and runs it: floor, wetty and (once it exists and
# --hub-url plus CODEFLARE_BENCH_TOKEN are given) Codeflare's hub, measured side by side.
# Prints SPEC §10's table and writes it to BENCHMARKS.md at the repository root.
# Extra arguments go to the harness, e.g. `./codeflare bench --flood-mib 20`; `--help` lists them.

source "$CODEFLARE_ROOT/scripts/bench/wetty.sh"

cf_bench() {
  local project="$CODEFLARE_ROOT/bench/Codeflare.Benchmarks" log wetty_args=() start
  start="$(cf_now)"
  export DOCKER_API_VERSION="${DOCKER_API_VERSION:-1.41}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  provision_all --workspace slim
  local wetty_main
  if wetty_main="$(ensure_wetty)"; then
    wetty_args=(--wetty "$wetty_main")
  else
    cf_log "wetty could not be installed: its rows will say unavailable"
  fi

  mkdir -p "$CODEFLARE_LOG_DIR"; log="$CODEFLARE_LOG_DIR/bench-build.log"
  cf_log "building the benchmark harness (log: $log)"
  dotnet build "$project" -c Release --nologo -v quiet >"$log" 2>&1 \
    || { tail -n 40 "$log" >&2; cf_die "the harness did not build (log: $log)"; return 1; }

  local status=0
  dotnet run --project "$project" -c Release --no-build -- \
    --output "$CODEFLARE_ROOT/BENCHMARKS.md" "${wetty_args[@]}" "$@" || status=$?
  cf_log "bench took $(cf_elapsed "$start") s"
  return "$status"
}
