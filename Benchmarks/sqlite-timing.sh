# Sourced by sqlite-floor.sh and import-floor.sh: times the sqlite3 shell running a script.
#
#   time_sqlite DATABASE SCRIPT
#
# Sets `wall` and `cpu` (seconds, user + system) and `peak_mb` (the shell's peak RSS).
time_sqlite() {
    local database=$1 script=$2 times start end user system peak
    times=$(mktemp)
    start=$(date +%s.%N)
    /usr/bin/time -f "%U %S %M" -o "$times" sqlite3 "$database" < "$script" > /dev/null
    end=$(date +%s.%N)
    read -r user system peak < "$times"
    rm -f "$times"
    wall=$(echo "$end - $start" | bc)
    cpu=$(echo "$user + $system" | bc)
    peak_mb=$((peak / 1024))
}
