# shellcheck shell=bash
# `./codeflare test [dotnet test arguments…]` — sourced by ./codeflare.
# Provisions the Docker engine and the locally built test images, builds the solution once, runs
# every test project (real PostgreSQL, Ceph RGW and Docker through Testcontainers), removes the
# test containers before and after, and ends with one line summed over all TRX result files:
#   N passed, N failed, N skipped

cf_remove_test_containers() {
  local ids
  ids="$(cf_docker ps -aq --filter label=org.testcontainers=true 2>/dev/null || true)"
  # Session containers of test hosts: their instance label starts with "test-" (never a real instance's).
  ids+=" $(cf_docker ps -a --filter label=codeflare.instance --format '{{.ID}} {{.Label "codeflare.instance"}}' 2>/dev/null \
    | awk '$2 ~ /^test-/ {print $1}' || true)"
  if [[ -n "${ids//[[:space:]]/}" ]]; then
    # shellcheck disable=SC2086
    cf_docker rm -f -v $ids >/dev/null 2>&1 || true
  fi
}

# Sums the Counters of every TRX file under DIR into "passed failed skipped".
cf_sum_trx() {
  local dir="$1" passed=0 failed=0 skipped=0 counters value
  shopt -s nullglob
  for trx in "$dir"/*.trx; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    for field in passed failed notExecuted error timeout aborted; do
      value="$(sed -n "s/.* $field=\"\\([0-9]*\\)\".*/\\1/p" <<<"$counters")"
      value="${value:-0}"
      case "$field" in
        passed) passed=$((passed + value)) ;;
        notExecuted) skipped=$((skipped + value)) ;;
        *) failed=$((failed + value)) ;;
      esac
    done
  done
  shopt -u nullglob
  echo "$passed $failed $skipped"
}

cf_test() {
  local results="$CODEFLARE_ROOT/.test-results" start status=0 passed failed skipped
  start="$(cf_now)"
  export DOCKER_API_VERSION=1.41 TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  provision_all --workspace slim
  cf_remove_test_containers
  trap cf_remove_test_containers EXIT
  rm -rf "$results"; mkdir -p "$results"

  ensure_chromium
  build_web_ui
  cf_log "building the solution"
  dotnet build "$CODEFLARE_ROOT/Codeflare.sln" -c Release --nologo -v quiet >"$results/build.log" 2>&1 \
    || { tail -n 40 "$results/build.log"; cf_die "the build failed (log: $results/build.log)"; }

  cf_log "running every test project of the solution"
  # One test project at a time (-m:1): the browser journeys, the terminal tests and the idle tests all measure
  # real processes on 2 cores, and running them side by side only made each slower and less predictable.
  # A test that hangs is killed after 10 minutes and named as failed (blame), instead of running into CI's limit.
  dotnet test "$CODEFLARE_ROOT/Codeflare.sln" -c Release --no-build --nologo -m:1 \
    --blame-hang-timeout 10m --blame-hang-dump-type none \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?

  read -r passed failed skipped < <(cf_sum_trx "$results")
  cf_log "tests took $(cf_elapsed "$start") s"
  echo "$passed passed, $failed failed, $skipped skipped"
  if ((status != 0 || failed > 0)); then return 1; fi
  if ((passed == 0)); then cf_die "no test ran"; return 1; fi
}
