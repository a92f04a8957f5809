#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for running Codeflare on this host (not in a container).
#
#   ensure_local_postgres DATA_DIR [PORT]          (PORT default 5433)
#     - installs postgresql-15 from Debian if /usr/lib/postgresql/15/bin is missing
#     - cluster in DATA_DIR/postgres, owned by the `postgres` OS user (initdb refuses root),
#       listening on 127.0.0.1:PORT only, Unix socket in the data folder
#     - role + database `codeflare`, scram-sha-256 password generated once into
#       DATA_DIR/secrets/postgres-password (0600); the superuser has no password (peer only)
#     - starts it with pg_ctl when it is not running; exports CODEFLARE_POSTGRES_CONNECTION_STRING
#   local_postgres_connection_string DATA_DIR [PORT]  — echoes the Npgsql connection string
#   stop_local_postgres DATA_DIR
#
# Run as a script: `postgres-local.sh DATA_DIR [PORT]` prints the connection string on stdout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CODEFLARE_PG_BIN="${CODEFLARE_PG_BIN:-/usr/lib/postgresql/15/bin}"

_cf_as_postgres() { runuser -u postgres -- "$@"; }

local_postgres_connection_string() {
  local data="${1:?DATA_DIR}" port="${2:-5433}" pw
  pw="$(cf_secret "$data/secrets/postgres-password")"
  echo "Host=127.0.0.1;Port=$port;Database=codeflare;Username=codeflare;Password=$pw"
}

_cf_pg_running_port() { # prints the port of the running postmaster, or nothing
  local pgdir="$1" pid
  [[ -r "$pgdir/postmaster.pid" ]] || return 0
  pid="$(sed -n 1p "$pgdir/postmaster.pid")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  sed -n 4p "$pgdir/postmaster.pid"
}

ensure_local_postgres() {
  local data="${1:?usage: ensure_local_postgres DATA_DIR [PORT]}" port="${2:-5433}"
  mkdir -p "$data"
  data="$(cd "$data" && pwd)"
  local pgdir="$data/postgres" pw marker running_port
  pw="$(cf_secret "$data/secrets/postgres-password")"
  export CODEFLARE_POSTGRES_CONNECTION_STRING="Host=127.0.0.1;Port=$port;Database=codeflare;Username=codeflare;Password=$pw"
  marker="$(printf '%s' "$pw" | sha256sum | cut -c1-16)"

  # Fast path: running on the right port with role and database made for this password.
  running_port="$(_cf_pg_running_port "$pgdir")"
  if [[ "$running_port" == "$port" && "$(cat "$pgdir/codeflare.ok" 2>/dev/null)" == "$marker" ]]; then
    return 0
  fi

  if [[ ! -x "$CODEFLARE_PG_BIN/initdb" ]]; then
    cf_apt_install postgresql-15
  fi
  id postgres >/dev/null 2>&1 || cf_die "no 'postgres' OS user (postgresql-15 should have created it)"

  if [[ ! -s "$pgdir/PG_VERSION" ]]; then
    cf_log "initdb $pgdir"
    rm -rf "$pgdir"; mkdir -p "$pgdir"; chown postgres:postgres "$pgdir"; chmod 700 "$pgdir"
    _cf_as_postgres test -w "$pgdir" \
      || cf_die "the postgres OS user cannot reach $pgdir (a parent folder is not searchable); choose another DATA_DIR"
    _cf_as_postgres "$CODEFLARE_PG_BIN/initdb" -D "$pgdir" --username=postgres --encoding=UTF8 \
      --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 >"$data/postgres-initdb.log" 2>&1 \
      || { tail -n 20 "$data/postgres-initdb.log" >&2; cf_die "initdb failed"; }
    cat >>"$pgdir/postgresql.conf" <<CONF

# --- codeflare (scripts/infra/postgres-local.sh); port and socket are given by pg_ctl -o ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pgdir'
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
max_connections = 200
shared_buffers = 256MB
CONF
    cat >"$pgdir/pg_hba.conf" <<'HBA'
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       postgres                 peer
local   all       all                      scram-sha-256
host    all       all       127.0.0.1/32   scram-sha-256
HBA
    chown postgres:postgres "$pgdir/postgresql.conf" "$pgdir/pg_hba.conf"
  fi

  if [[ -n "$running_port" && "$running_port" != "$port" ]]; then
    cf_log "restarting PostgreSQL on port $port (was $running_port)"
    _cf_as_postgres "$CODEFLARE_PG_BIN/pg_ctl" -D "$pgdir" -m fast -w stop >/dev/null
    running_port=""
  fi
  if [[ -z "$running_port" ]]; then
    cf_log "starting PostgreSQL on 127.0.0.1:$port"
    rm -f "$pgdir/postmaster.pid"   # stale after a kill; pg_ctl status said it is not running
    _cf_as_postgres "$CODEFLARE_PG_BIN/pg_ctl" -D "$pgdir" -l "$pgdir/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $pgdir" start >/dev/null \
      || { tail -n 20 "$pgdir/server.log" >&2; cf_die "PostgreSQL did not start (log: $pgdir/server.log)"; }
  fi

  # Role and database (password kept in step with the secrets file).
  local psql=("$CODEFLARE_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$pgdir" -p "$port" -U postgres -d postgres)
  _cf_as_postgres "${psql[@]}" -v pw="$pw" >/dev/null <<'SQL' \
    || cf_die "creating role/database codeflare failed"
SELECT format('CREATE ROLE codeflare LOGIN PASSWORD %L', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'codeflare') \gexec
SELECT format('ALTER ROLE codeflare LOGIN PASSWORD %L', :'pw') \gexec
SELECT 'CREATE DATABASE codeflare OWNER codeflare'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'codeflare') \gexec
SQL
  echo "$marker" >"$pgdir/codeflare.ok"
  chmod 600 "$pgdir/codeflare.ok"
}

stop_local_postgres() {
  local pgdir="${1:?DATA_DIR}/postgres"
  [[ -n "$(_cf_pg_running_port "$pgdir")" ]] || return 0
  _cf_as_postgres "$CODEFLARE_PG_BIN/pg_ctl" -D "$pgdir" -m fast -w stop >/dev/null
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  ensure_local_postgres "$@"
  echo "$CODEFLARE_POSTGRES_CONNECTION_STRING"
fi
