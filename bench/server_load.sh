#!/usr/bin/env bash
# Load test of atlas-server on both backends: a fresh SpatiaLite data folder, then a throw-away
# PostgreSQL 15 + PostGIS cluster on loopback. `atlas-server bench` runs 50 clients doing a mix
# of OGC bbox queries, fiche reads, group lists, new fiches and 1 MB photo uploads.
# usage: bench/server_load.sh BUILD_DIR [SECONDS] [SEED_FICHES] [CLIENTS]
# BACKENDS="spatialite postgresql" (default both) and ONLY=items|read|list|create|upload (one
# kind of request) narrow the run. EXPLAIN=1 prints PostgreSQL's plan of an items request with
# a bbox after its run (the query the server sends, with the bench account's id).
set -euo pipefail
build=${1:?usage: server_load.sh BUILD_DIR [SECONDS] [SEED] [CLIENTS]}
seconds=${2:-60}
seed=${3:-5000}
clients=${4:-50}
server=$(realpath "$build/app/server/atlas-server")
pgbin=$(pg_config --bindir)
work=$(mktemp -d /tmp/atlas-server-bench-XXXXXX)
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
run_backend() {  # name, store options...
  local name=$1; shift
  "$server" user add bench --password-file "$work/pw" "$@" >/dev/null
  "$server" group add charge "$@" >/dev/null
  "$server" group member add charge bench --role animator "$@" >/dev/null
  "$server" serve --listen 127.0.0.1:0 --threads 16 "$@" >"$work/$name.out" 2>"$work/$name.err" &
  server_pid=$!
  for _ in $(seq 100); do grep -q listening "$work/$name.out" && break; sleep 0.1; done
  local url
  url=$(grep -o 'http://[0-9.:]*' "$work/$name.out")
  echo "## $name ($url, $clients clients, $seconds s, $seed fiches seeded)"
  "$server" bench --url "$url" --user bench --password-file "$work/pw" --group charge \
    --clients "$clients" --seconds "$seconds" --seed "$seed" ${ONLY:+--only "$ONLY"} || echo "(errors: see above)"
  kill "$server_pid"; wait "$server_pid" || true; server_pid=
}

backends=${BACKENDS:-spatialite postgresql}
[[ " $backends " == *" spatialite "* ]] && run_backend spatialite --data "$work/lite"
[[ " $backends " == *" postgresql "* ]] || exit 0

mkdir "$work/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg "$pgbin/initdb" -D "$work/pg" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres bench
run_backend postgresql --database "postgresql://postgres@127.0.0.1:$port/bench" --media "$work/pgmedia"
if [ -n "${EXPLAIN:-}" ]; then
  as_pg "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d bench -c "EXPLAIN (ANALYZE, COSTS OFF)
    WITH m AS (SELECT f.id FROM fiches f WHERE f.deleted = 0 AND ((f.scope = 'public' AND f.status = 'published')
      OR (1 > 0 AND f.scope = 'community' AND f.status = 'published') OR f.author_id = 1
      OR (f.scope <> 'private' AND f.group_id IN (SELECT group_id FROM memberships WHERE user_id = 1)))
      AND f.kind || '' = 'landmark' AND f.geom && ST_MakeEnvelope(4.0, 50.0, 4.2, 50.2, 4326))
    SELECT f.id, f.body, (SELECT COUNT(*) FROM m) FROM fiches f JOIN work_groups g ON g.id = f.group_id
      JOIN users u ON u.id = f.author_id WHERE f.id IN (SELECT id FROM m ORDER BY id LIMIT 50 OFFSET 0) ORDER BY f.id"
fi
