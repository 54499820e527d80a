#!/usr/bin/env bash
# Cold start to the first window: `java -jar target/golive.jar` against the jpackage launcher, in one run.
# Each start gets a fresh user home and data folder (no preferences, no JavaFX native cache, a new database),
# and is timed from the process start until X has a window titled "Cart Go-Live" (polled every 20 ms).
# The two alternate, PAIRS times (default 5), and the median of the pairs' ratios is printed last.
# Run after `mvn -B -Ppackage package`, on a display:
#   xvfb-run -a -s "-screen 0 1366x768x24" packaging/measure-start.sh [LAUNCHER] [PAIRS]
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/jpackage/app-image/golive/bin/golive}
pairs=${2:-5}

first_window() { # command... ; prints milliseconds
  local home; home=$(mktemp -d)
  local start; start=$(date +%s%N)
  JAVA_TOOL_OPTIONS="-Duser.home=$home" XDG_DATA_HOME="$home/data" "$@" >/dev/null 2>&1 &
  local pid=$!
  until xdotool search --name "Cart Go-Live" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "exited before a window" >&2; exit 1; }
    sleep 0.02
  done
  local end; end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
  echo $(( (end - start) / 1000000 ))
}

ratios=()
for i in $(seq "$pairs"); do
  jar=$(first_window java -jar target/golive.jar)
  app=$(first_window "$launcher")
  ratio=$(awk "BEGIN { printf \"%.2f\", $app / $jar }")
  ratios+=("$ratio")
  echo "first window: jar ${jar} ms, launcher ${app} ms, launcher/jar ${ratio}"
done
echo "median launcher/jar over ${pairs} pairs: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END { print (NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2) }')"
