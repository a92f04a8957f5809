#!/usr/bin/env bash
# Single-container Ceph: mon.a + osd.0 (BlueStore on a sparse file) + radosgw beast :7480.
# One-time set-up steps are guarded by marker files written only after each step succeeded,
# so a container killed half-way through its first start recovers on the next one.
set -Eeuo pipefail

export CEPH_USE_RANDOM_NONCE=1     # pids repeat in a new container: never reuse an old address
DATA=/var/lib/ceph
STATE=$DATA/codeflare              # markers and ids
MON_DIR=$DATA/mon/ceph-a
OSD_DIR=$DATA/osd/ceph-0
OSD_BLOCK=$DATA/osd-block/ceph-0.block   # outside the OSD folder (inside it mkfs loops on a symlink)
RGW_DIR=$DATA/radosgw/ceph-rgw.gw
LOG_DIR=/var/log/ceph
RUN_DIR=/var/run/ceph
RGW_PORT=7480
: "${S3_ACCESS_KEY:=codeflare-test}" "${S3_SECRET_KEY:=codeflare-test-secret}" "${S3_USER:=codeflare}"
: "${CEPH_OSD_SIZE:=10737418240}" "${CEPH_OSD_MEMORY:=1073741824}"
T0=$(date +%s.%N)

log() { printf '%s ceph-rgw: %s\n' "$(date -u +%FT%T.%3NZ)" "$*"; }
elapsed() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
die() { log "FATAL: $*"; stop_all; exit 1; }
c() { timeout "${CEPH_CMD_TIMEOUT:-60}" ceph --connect-timeout 30 "$@"; }

MON_PID="" OSD_PID="" RGW_PID="" STOPPING=0

stop_one() { # stop_one NAME PID TIMEOUT_S
  local name=$1 pid=$2 t=$3 i
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < t * 10; i++)); do kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }; sleep 0.1; done
  log "$name did not stop within ${t}s: killing it"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
stop_all() {
  STOPPING=1
  # radosgw first (it ignores TERM once the OSD is gone). Its lifecycle threads sleep 5 s
  # between lock attempts in the first minutes and shutdown waits for them: kill it after 3 s
  # (safe: acknowledged writes are in the OSD; its stale watches are blocklisted at next start).
  stop_one radosgw "$RGW_PID" 3
  stop_one osd.0 "$OSD_PID" 15
  stop_one mon.a "$MON_PID" 5
}
on_term() { log "stopping"; stop_all; log "stopped"; exit 0; }
trap on_term TERM INT HUP

mkdir -p "$STATE" "$LOG_DIR" "$RUN_DIR" /etc/ceph "$(dirname "$OSD_BLOCK")" "$RGW_DIR"

# ---- cluster identity (once) -------------------------------------------------------------
[[ -s $STATE/fsid ]] || { cat /proc/sys/kernel/random/uuid >"$STATE/fsid.tmp"; mv "$STATE/fsid.tmp" "$STATE/fsid"; }
[[ -s $STATE/osd-uuid ]] || { cat /proc/sys/kernel/random/uuid >"$STATE/osd-uuid.tmp"; mv "$STATE/osd-uuid.tmp" "$STATE/osd-uuid"; }
FSID=$(cat "$STATE/fsid")
OSD_UUID=$(cat "$STATE/osd-uuid")

# ---- configuration (every start) ---------------------------------------------------------
cat >/etc/ceph/ceph.conf <<CONF
[global]
fsid = $FSID
mon initial members = a
mon host = 127.0.0.1
public addr = 127.0.0.1
cluster addr = 127.0.0.1
public network = 127.0.0.0/8
ms bind ipv6 = false
auth cluster required = none
auth service required = none
auth client required = none
auth supported = none
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail crit = 1
mon data avail warn = 2
# Single monitor: commit map changes at once instead of batching them for a second
# (pool/OSD/user creation and OSD boot are several times faster).
paxos propose interval = 0.01
paxos min wait = 0.001
mon osd report timeout = 900
run dir = $RUN_DIR
log file = $LOG_DIR/\$name.log
log to stderr = false
err to stderr = false
keyring = /dev/null

[mon]
mon data = $MON_DIR
mon cluster log file = $LOG_DIR/cluster.log
mon allow pool delete = true

[osd]
osd data = $OSD_DIR
osd objectstore = bluestore
bluestore block path = $OSD_BLOCK
bluestore block create = true
bluestore block size = $CEPH_OSD_SIZE
bluestore block db create = false
bluestore block wal create = false
osd memory target = $CEPH_OSD_MEMORY
# A fixed CRUSH location (not the container's hostname, which changes with every container).
osd crush update on start = true
osd crush location = root=default host=codeflare
bluestore fsck on mkfs = false
osd fast shutdown = false
osd op num shards = 1
osd op num threads per shard = 2
osd max object name len = 1024
osd max object namespace len = 256

[client]
ms mon client mode = crc

[client.rgw.gw]
rgw data = $RGW_DIR
rgw frontends = beast endpoint=0.0.0.0:$RGW_PORT
ms mon client mode = crc
rgw thread pool size = 64
rgw enable usage log = false
# No per-request lines in the log file (it lives in the container layer); errors still go there.
debug rgw = 0/5
rgw dns name = localhost
CONF

# ---- monitor -----------------------------------------------------------------------------
if [[ ! -e $STATE/mon.done ]]; then
  rm -rf "$MON_DIR"; mkdir -p "$MON_DIR"
  monmaptool --create --clobber --fsid "$FSID" --addv a "[v2:127.0.0.1:3300,v1:127.0.0.1:6789]" "$STATE/monmap" >/dev/null
  ceph-mon --mkfs -i a --monmap "$STATE/monmap" --keyring /dev/null >>"$LOG_DIR/setup.log" 2>&1 || die "ceph-mon --mkfs failed"
  touch "$MON_DIR/keyring" "$STATE/mon.done"
fi
ceph-mon -f -i a >>"$LOG_DIR/mon.a.stdout" 2>&1 &
MON_PID=$!
for ((i = 0; i < 300; i++)); do
  ceph daemon mon.a mon_status 2>/dev/null | grep -q '"state": "leader"' && break
  kill -0 "$MON_PID" 2>/dev/null || { tail -n 20 "$LOG_DIR/mon.a.log" || true; die "ceph-mon exited"; }
  sleep 0.1
done
log "mon.a up ($(elapsed) s)"

# ---- OSD -------------------------------------------------------------------------------
if [[ ! -e $STATE/osd-id.done ]]; then
  id=$(c osd new "$OSD_UUID" 0) || die "ceph osd new failed"
  [[ "$id" == 0 ]] || die "unexpected OSD id '$id'"
  touch "$STATE/osd-id.done"
fi
if [[ ! -e $STATE/osd-mkfs.done ]]; then
  rm -rf "$OSD_DIR" "$OSD_BLOCK"; mkdir -p "$OSD_DIR"
  ceph-osd -i 0 --mkfs --osd-uuid "$OSD_UUID" >>"$LOG_DIR/setup.log" 2>&1 || { tail -n 20 "$LOG_DIR/osd.0.log" || true; die "ceph-osd --mkfs failed"; }
  touch "$STATE/osd-mkfs.done"
fi
# After an unclean stop the monitor still believes osd.0 is up at the old address and would
# ignore the new OSD's boot message: mark it down first.
[[ -e $STATE/osd-started ]] && { c osd down 0 >/dev/null 2>&1 || true; }
osd_log_offset=$(( $(stat -c %s "$LOG_DIR/osd.0.log" 2>/dev/null || echo 0) + 1 ))
ceph-osd -f -i 0 >>"$LOG_DIR/osd.0.stdout" 2>&1 &
OSD_PID=$!
# Watch the OSD's own log for "booting -> active" (cheap), asking its admin socket (a Python
# CLI, ~0.3 s a call) only now and then.
for ((i = 1; i <= 2400; i++)); do
  tail -c "+$osd_log_offset" "$LOG_DIR/osd.0.log" 2>/dev/null | grep -q 'state: booting -> active' && break
  if ((i % 40 == 0)); then ceph daemon osd.0 status 2>/dev/null | grep -q '"state": "active"' && break; fi
  kill -0 "$OSD_PID" 2>/dev/null || { tail -n 30 "$LOG_DIR/osd.0.log" || true; die "ceph-osd exited"; }
  sleep 0.05
done
ceph daemon osd.0 status 2>/dev/null | grep -q '"state": "active"' || die "osd.0 not active after 120 s"
touch "$STATE/osd-started"
log "osd.0 active ($(elapsed) s)"

# ---- stale watchers ----------------------------------------------------------------------
# Pools are created by radosgw-admin / radosgw themselves (size 1, 8 PGs, from the defaults
# above). A radosgw killed without a clean stop leaves watches on the control objects; until
# they time out every metadata change (user/bucket create) stalls ~30 s. Blocklist them.
if [[ -e $STATE/user.done ]]; then
  for i in 0 1 2 3 4 5 6 7; do
    timeout 20 rados -p default.rgw.control listwatchers "notify.$i" 2>/dev/null \
      | sed -n 's/^watcher=\([^ ]*\) .*/\1/p'
  done | sort -u | while read -r addr; do
    [[ -n $addr ]] && c osd blocklist add "$addr" 3600 >/dev/null 2>&1 && log "blocklisted stale watcher $addr"
  done || true
fi

# ---- S3 user (once per key pair) ------------------------------------------------------------
keysum=$(printf '%s\n%s\n%s\n' "$S3_USER" "$S3_ACCESS_KEY" "$S3_SECRET_KEY" | sha256sum | cut -c1-32)
if [[ "$(cat "$STATE/user.done" 2>/dev/null)" != "$keysum" ]]; then
  if timeout 60 radosgw-admin user info --uid="$S3_USER" >/dev/null 2>&1; then
    timeout 60 radosgw-admin key create --uid="$S3_USER" --key-type=s3 \
      --access-key="$S3_ACCESS_KEY" --secret-key="$S3_SECRET_KEY" >/dev/null 2>>"$LOG_DIR/setup.log" || die "radosgw-admin key create failed"
  else
    timeout 60 radosgw-admin user create --uid="$S3_USER" --display-name="$S3_USER" \
      --access-key="$S3_ACCESS_KEY" --secret-key="$S3_SECRET_KEY" >/dev/null 2>>"$LOG_DIR/setup.log" || die "radosgw-admin user create failed"
  fi
  echo "$keysum" >"$STATE/user.done"
  log "S3 user '$S3_USER' ready ($(elapsed) s)"
fi

# ---- radosgw -------------------------------------------------------------------------------
radosgw -f -n client.rgw.gw >>"$LOG_DIR/rgw.stdout" 2>&1 &
RGW_PID=$!
for ((i = 0; i < 1200; i++)); do
  curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$RGW_PORT/" && break
  kill -0 "$RGW_PID" 2>/dev/null || { tail -n 30 "$LOG_DIR/client.rgw.gw.log" || true; die "radosgw exited"; }
  sleep 0.1
done
curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$RGW_PORT/" || die "radosgw not answering after 120 s"
log "READY: S3 endpoint on port $RGW_PORT after $(elapsed) s"

# Exit (non-zero) as soon as any daemon dies; TERM is handled by the trap meanwhile.
set +e
wait -n "$MON_PID" "$OSD_PID" "$RGW_PID"
rc=$?
[[ $STOPPING == 1 ]] && exit 0
for n in mon.a:$MON_PID osd.0:$OSD_PID radosgw:$RGW_PID; do
  kill -0 "${n#*:}" 2>/dev/null || log "${n%%:*} exited (status $rc)"
done
tail -n 20 "$LOG_DIR"/*.log 2>/dev/null | tail -n 60
stop_all
exit 1
