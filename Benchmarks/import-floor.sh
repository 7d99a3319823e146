#!/usr/bin/env bash
# import-floor.sh: what SQLite itself needs to write the rows of a client import, without Swift or GRDB.
#
#   swift build -c release --product buurtkracht
#   swift build -c release --product legacy-export-generator
#   Benchmarks/import-floor.sh .build/release/buurtkracht 1000000 [BATCH]
#
# `buurtkracht import` of a clean generated client file writes, per row, a `client` row (with
# its sealed BSN and BSN look-up token), a `client_external_id` row and an `import_provenance`
# row, and per batch it moves the run's checkpoint in `import_run`. This script first imports
# 1,000 generated rows for real (with legacy-export-generator from beside buurtkracht, or
# $GENERATOR), takes those four tables exactly as the migrations made them, and has the sqlite3 shell write ROWS rows (default 1M) of the same width into a fresh
# database: names, streets and codes copied from the sample rows; ids time-ordered like the
# store's UUIDv7 ids; legacy ids in file order; BSN token, sealed BSN, birth date, postcode and
# neighbourhood random with the sample's widths and the generator's spread — so every index
# sees the keys, and the key order, of a real import. Rows are made inside SQLite
# (generate_series, printf, randomblob), BATCH a transaction (default 10,000; `buurtkracht
# import` commits every 5,000 unless given --batch-size), with the pragmas of the store's
# bulk loading (WAL, synchronous NORMAL, a checkpoint every 16,384 pages, 32 MiB cache,
# secure_delete, temp_store MEMORY, foreign keys) and a durable (FULL) last commit, as the
# importer ends. Once with the tables' indexes and once with their primary keys only. Prints
# wall and CPU time, the sqlite3 shell's peak resident memory and the file's size.
#
# The figures are SQLite's own cost for the rows and indexes an import must write: the floor
# under `import-bench`'s `buurtkracht import` figure.
set -euo pipefail
source "$(dirname "$(realpath "$0")")/sqlite-timing.sh"

buurtkracht=$(realpath "${1:?usage: import-floor.sh PATH-TO-buurtkracht [ROWS] [BATCH]}")
rows=${2:-1000000}
batch=${3:-10000}
generator=$(realpath "${GENERATOR:-$(dirname "$buurtkracht")/legacy-export-generator}")
tables="client client_external_id import_run import_provenance"
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT

sample="$folder/sample.sqlite"
"$generator" --rows 1000 --seed 42 --clean --out "$folder/sample.csv" --write-mapping "$folder/mapping.json" > /dev/null 2>&1
"$buurtkracht" import "$folder/sample.csv" --mapping "$folder/mapping.json" --db "$sample" > /dev/null 2>&1
for table in $tables; do sqlite3 "$sample" ".schema $table"; done > "$folder/schema.sql"
separator="', '"
in_list="'${tables// /$separator}'"
indexes=$(sqlite3 "$sample" "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ($in_list) AND sql IS NOT NULL")
run_id=$(sqlite3 "$sample" "SELECT id FROM import_run")
samples=$(sqlite3 "$sample" "SELECT count(*) FROM client")

# The select list that copies table $1 from its sample (alias s) row by row, with the columns
# named in the remaining arguments ("column=expression") made anew for row x.
select_list() {
    local table=$1 column expression list=""
    shift
    for column in $(sqlite3 "$sample" "SELECT name FROM pragma_table_info('$table') ORDER BY cid"); do
        expression="s.$column"
        for override in "$@"; do
            if [ "${override%%=*}" = "$column" ]; then expression="${override#*=}"; fi
        done
        list+="${list:+, }$expression"
    done
    echo "$list"
}

# Row x's client id: UUIDv7-like, 16 rows a millisecond, random below the millisecond.
id="printf('%012x-7%03x-%04x-%012x', 1700000000000 + x / 16, (x * 40503) % 4096, 32768 + (x * 7919) % 16384, (x * 2654435761) % 281474976710656)"
id="substr($id, 1, 8) || '-' || substr($id, 9)"
random_or_null() { echo "CASE WHEN s.$1 IS NULL THEN NULL ELSE $2 END"; }
client_columns=$(select_list client \
    "id=$id" \
    "bsn_token=$(random_or_null bsn_token "CASE typeof(s.bsn_token) WHEN 'text' THEN lower(hex(randomblob(length(s.bsn_token) / 2))) ELSE randomblob(length(s.bsn_token)) END")" \
    "bsn_sealed=$(random_or_null bsn_sealed "randomblob(length(s.bsn_sealed))")" \
    "birth_date=$(random_or_null birth_date "printf('%04d-%02d-%02d', 1935 + abs(random()) % 72, 1 + abs(random()) % 12, 1 + abs(random()) % 28)")" \
    "postcode=$(random_or_null postcode "printf('%04d%s%s', 1000 + abs(random()) % 9000, char(65 + abs(random()) % 26), char(65 + abs(random()) % 26))")" \
    "address_neighbourhood=$(random_or_null address_neighbourhood "substr(s.address_neighbourhood, 1, 6) || printf('%02d%02d', abs(random()) % 10, abs(random()) % 10)")")
legacy_id="'D-' || (100000 + x)"
external_columns=$(select_list client_external_id "value=$legacy_id" "client_id=$id")
provenance_columns=$(select_list import_provenance "record_id=$id" "legacy_id=$legacy_id" "row=x + 1")

# One transaction of `batch` rows starting at row $1, and the checkpoint after it.
insert_batch() {
    local first=$1 last=$(($1 + batch - 1))
    if ((last > rows)); then last=$rows; fi
    cat <<SQL
BEGIN;
INSERT INTO client SELECT $client_columns
  FROM (SELECT value AS x FROM generate_series($first, $last)) JOIN sample_client AS s ON s.rowid = 1 + (x * 7919) % $samples;
INSERT INTO client_external_id SELECT $external_columns
  FROM (SELECT value AS x FROM generate_series($first, $last)), sample_external AS s;
INSERT INTO import_provenance SELECT $provenance_columns
  FROM (SELECT value AS x FROM generate_series($first, $last)), sample_provenance AS s;
UPDATE import_run SET checkpoint_row = $last + 1, checkpoint_byte_offset = $last * 150, read_count = $last,
  created_count = $last WHERE id = '$run_id';
COMMIT;
SQL
}

run() {
    local name=$1 label=$2 drop=$3 database="$folder/$1.sqlite"
    {
        echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384;"
        echo "PRAGMA cache_size = -32768; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;"
        cat "$folder/schema.sql"
        if [ "$drop" = yes ]; then for index in $indexes; do echo "DROP INDEX $index;"; done; fi
        echo "ATTACH '$sample' AS sample;"
        echo "CREATE TEMP TABLE sample_client AS SELECT * FROM sample.client ORDER BY rowid;"
        echo "CREATE TEMP TABLE sample_external AS SELECT * FROM sample.client_external_id LIMIT 1;"
        echo "CREATE TEMP TABLE sample_provenance AS SELECT * FROM sample.import_provenance WHERE record_kind = 'client' LIMIT 1;"
        echo "INSERT INTO import_run SELECT * FROM sample.import_run;"
        echo "DETACH sample;"
        for ((first = 1; first <= rows; first += batch)); do insert_batch "$first"; done
        echo "PRAGMA synchronous = FULL; UPDATE import_run SET status = 'completed' WHERE id = '$run_id';"
    } > "$folder/$name.sql"
    time_sqlite "$database" "$folder/$name.sql"
    printf '%-52s %9s rows  %7.2f s wall  %7.2f s CPU  %5d MB peak RSS  %5d MB file\n' "$label" "$rows" \
        "$wall" "$cpu" "$peak_mb" $(($(stat -c %s "$database") / 1048576))
    rm -f "$database" "$database-wal" "$database-shm"
}

echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(nproc) cores; $batch rows a transaction"
run indexed "client import's 4 tables with their $(echo "$indexes" | wc -w) indexes" no
run bare "client import's 4 tables, primary keys only" yes
