#!/bin/bash
# Keeps a Codeflare workspace container alive. The runner starts containers with Init=true
# (docker-init is PID 1) and StopSignal=SIGHUP; this script also works as PID 1 on its own.
# Terminals are tmux sessions started with `docker exec`, not children of this script.
# With arguments, it runs them instead (e.g. `docker run IMAGE bash -lc '...'`).
if [ "$#" -gt 0 ]; then
  exec "$@"
fi
mkdir -p "${HOME:-/home/dev}/workspace" 2>/dev/null || true
trap 'exit 0' TERM HUP INT QUIT
sleep infinity &
wait $!
