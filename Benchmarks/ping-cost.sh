#!/usr/bin/env bash
# ping-cost.sh: what one sequential `ping` costs the server, in CPU, context switches and CPU
# migrations, counted by `perf stat` over COUNT round trips (default 20 000).
#
#   swift build -c release --product buurtkracht
#   Benchmarks/ping-cost.sh .build/release/buurtkracht 20000
#
# A Python client writes one ping, reads its answer, and repeats; it prints its own mean round
# trip, which includes Python's overhead (use rpc-bench for the latency figure). The server's
# counts include its start-up and `initialize`; the script measures those alone (zero pings)
# and subtracts them. Needs `perf` (Debian: linux-perf) and python3.
set -euo pipefail

buurtkracht=$(realpath "${1:?usage: ping-cost.sh PATH-TO-buurtkracht [COUNT]}")
count=${2:-20000}
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT

"$buurtkracht" token issue --operator coordinator --db "$folder/ping.sqlite" > "$folder/token" 2>/dev/null

cat > "$folder/client.py" <<'PY'
import json, subprocess, sys, time
count, token_file, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
token = open(token_file).read().strip()
server.stdin.write((json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {"token": token}}) + "\n").encode())
server.stdin.flush()
server.stdout.readline()
ping = b'{"jsonrpc":"2.0","id":1,"method":"ping"}\n'
start = time.perf_counter()
for _ in range(count):
    server.stdin.write(ping)
    server.stdin.flush()
    server.stdout.readline()
if count:
    print("client round trip, mean: %.1f us" % ((time.perf_counter() - start) / count * 1e6))
server.stdin.close()
server.wait()
PY

# Prints task-clock (ms), context switches and migrations for `count` pings.
measure() {
    python3 "$folder/client.py" "$1" "$folder/token" \
        perf stat -x, -e task-clock,context-switches,cpu-migrations -o "$folder/stat.$1" \
        "$buurtkracht" serve --db "$folder/ping.sqlite" --log-level error
    awk -F, '/task-clock|context-switches|cpu-migrations/ { printf "%s ", $1 } END { print "" }' "$folder/stat.$1"
}

read -r base_ms base_switches base_migrations < <(measure 0 | tail -1)
measured=$(measure "$count")
echo "$measured" | head -n -1
read -r ms switches migrations < <(echo "$measured" | tail -1)
awk -v n="$count" -v ms="$ms" -v bms="$base_ms" -v cs="$switches" -v bcs="$base_switches" \
    -v mg="$migrations" -v bmg="$base_migrations" 'BEGIN {
    printf "server, a ping: %.1f us of CPU, %.2f context switches, %.4f CPU migrations (%d pings)\n",
        (ms - bms) * 1000 / n, (cs - bcs) / n, (mg - bmg) / n, n
}'
