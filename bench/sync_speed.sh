#!/usr/bin/env bash
# Sync speed on both backends: `atlas-cli bench sync` pushes N fresh fiches from one atlas,
# pulls them into another, then times a sync with nothing to do, against a fresh atlas-server
# on loopback (SpatiaLite data folder, then a throw-away PostgreSQL 15 + PostGIS cluster).
# usage: bench/sync_speed.sh BUILD_DIR [FICHES]
set -euo pipefail
build=${1:?usage: sync_speed.sh BUILD_DIR [FICHES]}
fiches=${2:-10000}
server=$(realpath "$build/app/server/atlas-server")
cli=$(realpath "$build/app/cli/atlas-cli")
pgbin=$(pg_config --bindir)
work=$(mktemp -d /tmp/atlas-sync-bench-XXXXXX)
chmod 755 "$work"
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  if [ -d "$work/pg" ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

echo 'bench-password' > "$work/pw"
server_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
run_backend() {  # name, store options...
  local name=$1; shift
  "$server" user add bench --password-file "$work/pw" "$@" >/dev/null
  "$server" group add sync "$@" >/dev/null
  "$server" group member add sync bench --role contributor "$@" >/dev/null
  "$server" serve --listen 127.0.0.1:0 "$@" >"$work/$name.out" 2>"$work/$name.err" &
  server_pid=$!
  for _ in $(seq 100); do grep -q listening "$work/$name.out" && break; sleep 0.1; done
  local url
  url=$(grep -o 'http://[0-9.:]*' "$work/$name.out")
  echo "## $name ($url, $fiches fiches)"
  # Each step line gets the CPU the server spent on it: with other builds on the machine the
  # wall times also count waiting for a core (or the disk), the CPU times only the work.
  local hz prev now
  hz=$(getconf CLK_TCK)
  prev=$(server_ticks)
  "$cli" bench sync --server "$url" --user bench --password-file "$work/pw" --group sync --fiches "$fiches" |
    while IFS= read -r line; do
      now=$(server_ticks)
      echo "$line, server CPU $(( (now - prev) * 1000 / hz )) ms"
      prev=$now
    done
  echo "load average $(cut -d' ' -f1 /proc/loadavg)"
  kill "$server_pid"; wait "$server_pid" || true; server_pid=
}

run_backend spatialite --data "$work/lite"

mkdir "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres bench
run_backend postgresql --database "postgresql://postgres@127.0.0.1:$port/bench" --media "$work/pgmedia"
