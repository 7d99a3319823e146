#!/usr/bin/env bash
# sqlite-floor.sh: what SQLite itself needs to insert signal rows, without Swift or GRDB.
#
#   swift build -c release --product buurtkracht
#   Benchmarks/sqlite-floor.sh .build/release/buurtkracht 1000000
#
# Takes the `signal` table exactly as Buurtkracht's migrations create it (from a database that
# `buurtkracht demo` makes), then has the sqlite3 shell insert ROWS signal rows (default 1M) of
# the benchmark's width, 10,000 a transaction, with the store's pragmas (WAL, synchronous FULL,
# 32 MiB cache, secure_delete, temp_store MEMORY) — once with the table's indexes and once with
# its primary key only. The rows are made inside SQLite (generate_series and printf), so the
# figures are SQLite's own cost: the floor under `sqlite-bench`'s insert figure.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/sqlite-timing.sh"

buurtkracht=$(realpath "${1:?usage: sqlite-floor.sh PATH-TO-buurtkracht [ROWS]}")
rows=${2:-1000000}
batch=10000
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT

(cd "$folder" && "$buurtkracht" demo --db demo.sqlite >/dev/null 2>&1)
sqlite3 "$folder/demo.sqlite" '.schema signal' > "$folder/schema.sql"
indexes=$(sqlite3 "$folder/demo.sqlite" "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'signal' AND sql IS NOT NULL")

# One transaction of `batch` rows starting at row $1: a client signal in one of 500
# neighbourhoods, time-ordered ids and report times, a closed workflow, like sqlite-bench's.
insert_batch() {
    local first=$1 last=$(($1 + batch - 1))
    cat <<SQL
BEGIN;
INSERT INTO signal SELECT
  printf('%08x-%04x-7abc-8def-%012x', x / 65536, x % 65536, x * 7919), 'client',
  printf('client-%06d', (x * 2654435761) % 200000), NULL, NULL, NULL, NULL, NULL, NULL,
  printf('BU0363%04d', ((x * 2654435761) % 200000) % 500), 'Benchstraat', '12', '1234AB', 'Rotterdam',
  printf('BU0363%04d', ((x * 2654435761) % 200000) % 500), '1234AB|12', 'neighbour', NULL, NULL, NULL,
  'socialIsolation', 2, x * 150.0 - 100, x * 150.0,
  'Signaal: gordijnen al dagen dicht, post stapelt zich op.', NULL, NULL, NULL,
  'referred', x * 150.0 + 5, NULL, 'professional-1', NULL,
  'referred', 'Naar schuldhulp', x * 150.0 + 6, 'professional-1', x'0102030405060708091011121314151617'
FROM (SELECT value AS x FROM generate_series($first, $last));
COMMIT;
SQL
}

run() {
    local name=$1 label=$2 drop=$3 database="$folder/$1.sqlite"
    {
        echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -32768;"
        echo "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;"
        cat "$folder/schema.sql"
        if [ "$drop" = yes ]; then for index in $indexes; do echo "DROP INDEX $index;"; done; fi
        for ((first = 1; first <= rows; first += batch)); do insert_batch "$first"; done
    } > "$folder/$name.sql"
    time_sqlite "$database" "$folder/$name.sql"
    printf '%-40s %10s rows  %7.2f s wall  %7.2f s CPU\n' "$label" "$rows" "$wall" "$cpu"
}

echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(nproc) cores; $batch rows a transaction"
run indexed "signal table with its $(echo "$indexes" | wc -w) indexes" no
run bare "signal table, primary key only" yes
