#!/usr/bin/env bash
# PostgreSQL 15 with the pgvector extension on a Debian 12 machine, as root (CI and local set-up).
# Debian 12 ships PostgreSQL 15 but no pgvector package, so pgvector is built from Debian's own
# source package (from the next Debian release), fetched with `apt-get source` through the same
# mirror that this machine's apt already uses. Idempotent: a second run installs nothing and
# restarts nothing (it only starts the server if it is down). The server is restarted when its
# settings change or when apt changed its packages (see pg_packages below).
#
# Result: a server on 127.0.0.1:5432 with a role and database, printed as DATABASE_URL.
# Usage: scripts/setup-postgres.sh [dbname] [role] [password]
# Prints DATABASE_URL=... as its last line.
set -euo pipefail
DB=${1:-policyqa}
ROLE=${2:-policyqa}
PASS=${3:-policyqa}
PGVER=15
export DEBIAN_FRONTEND=noninteractive

# The PostgreSQL packages installed now (name=version per line). Installing the dev headers can
# upgrade the server's own packages underneath a running server; that server then loads the new
# shared libraries into the old binary and fails (`plpgsql.so: undefined symbol` on every DO
# block, so migrations fail). Compared after apt below: any change means a restart.
pg_packages() { dpkg-query -W -f='${Package}=${Version}\n' 'postgresql*' 'libpq*' 2>/dev/null | sort || true; }
packages_before=$(pg_packages)

need_pkgs=()
command -v pg_ctlcluster >/dev/null || need_pkgs+=(postgresql)
[ -x "/usr/lib/postgresql/$PGVER/bin/postgres" ] || need_pkgs+=("postgresql-$PGVER")
[ -x "/usr/lib/postgresql/$PGVER/bin/pg_config" ] && [ -d "/usr/include/postgresql/$PGVER/server" ] || need_pkgs+=("postgresql-server-dev-$PGVER")
command -v make >/dev/null || need_pkgs+=(make)
command -v gcc >/dev/null || need_pkgs+=(gcc)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

if [ ! -f "/usr/share/postgresql/$PGVER/extension/vector.control" ]; then
  work=$(mktemp -d)
  # The mirror this machine already uses, read from its own apt configuration.
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)
  echo "deb-src $mirror trixie main" > "$work/src.list"
  mkdir -p "$work/lists/partial"
  apto=(-o "Dir::Etc::SourceList=$work/src.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$work/lists")
  apt-get "${apto[@]}" update -qq
  (cd "$work" && apt-get "${apto[@]}" source --download-only pgvector >/dev/null 2>&1)
  tar -xzf "$work"/pgvector_*.orig.tar.gz -C "$work"
  make -s -C "$work"/pgvector-*/ PG_CONFIG="/usr/lib/postgresql/$PGVER/bin/pg_config" >/dev/null
  make -s -C "$work"/pgvector-*/ PG_CONFIG="/usr/lib/postgresql/$PGVER/bin/pg_config" install >/dev/null
  rm -rf "$work"
fi

# Make sure a cluster exists and runs.
pg_lsclusters -h | grep -q "^$PGVER main" || pg_createcluster "$PGVER" main >/dev/null

# Server memory: Debian's default shared_buffers (128MB) is smaller than one HNSW index of 50,000
# 512-d vectors (~200MB), so every search evicted and re-read pages (eval/bench). A quarter of
# the machine's memory, capped at 2GB, is the usual starting point; applied with a restart.
conf="/etc/postgresql/$PGVER/main/conf.d/50-policyqa.conf"
mem_mb=$(awk '/^MemTotal:/{print int($2 / 1024)}' /proc/meminfo)
buffers_mb=$(( mem_mb / 4 > 2048 ? 2048 : mem_mb / 4 ))
[ "$buffers_mb" -ge 128 ] || buffers_mb=128
wanted="# Written by scripts/setup-postgres.sh (Policy QA).
shared_buffers = ${buffers_mb}MB
"
restart=""
if [ "$(cat "$conf" 2>/dev/null)" != "$(printf '%s' "$wanted")" ]; then
  mkdir -p "$(dirname "$conf")"
  printf '%s' "$wanted" > "$conf"
  restart="server settings changed"
fi
if [ "$(pg_packages)" != "$packages_before" ]; then
  restart="PostgreSQL packages changed: $( (comm -13 <(echo "$packages_before") <(pg_packages) | tr '\n' ' ') || true)"
fi
# A server still running a binary that apt has since replaced (an upgrade before this script ran,
# or by another tool) has the same problem: the kernel shows its executable as deleted.
pid_file="/var/run/postgresql/$PGVER-main.pid"
if [ -z "$restart" ] && [ -r "$pid_file" ] && readlink "/proc/$(head -n 1 "$pid_file")/exe" 2>/dev/null | grep -q ' (deleted)$'; then
  restart="the running server's binary was replaced by a package upgrade"
fi
if [ -n "$restart" ] && pg_lsclusters -h | grep -q "^$PGVER main .* online"; then
  echo "restarting PostgreSQL $PGVER: $restart" >&2
  pg_ctlcluster --skip-systemctl-redirect "$PGVER" main restart
fi
pg_ctlcluster --skip-systemctl-redirect "$PGVER" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done

# Huge pages for the server's shared memory (PostgreSQL docs, "Linux Huge Pages"). On normal 4kB
# pages every new connection takes a page fault the first time it touches each shared buffer:
# a region's search (4,000 buffers at 200,000 chunks) took 70-90 ms on a fresh connection and
# 4 ms on the next query, so pooled connections that idle out or are new kept paying it. The
# server asks for them itself (huge_pages = try, the default); the kernel must have them reserved.
# Skipped, with a note, where the kernel setting cannot be written (a container): the server then
# runs on normal pages, only slower to warm. The reservation is also kept for the next boot.
pm_pid=$(head -n 1 "$pid_file" 2>/dev/null || true)
huge_kb=$(awk '/^Hugepagesize:/{print $2}' /proc/meminfo)
if [ -n "$pm_pid" ] && [ -n "$huge_kb" ] && ! grep -q "^KernelPageSize: *$huge_kb kB" "/proc/$pm_pid/smaps" 2>/dev/null; then
  pages=$(su postgres -c "psql -qtAc 'SHOW shared_memory_size_in_huge_pages'")
  meminfo() { awk -v k="$1:" '$1 == k {print $2}' /proc/meminfo; }
  total=$(meminfo HugePages_Total)
  spare=$(( $(meminfo HugePages_Free) - $(meminfo HugePages_Rsvd) ))
  if [ "$spare" -lt "$pages" ]; then
    wanted_pages=$(( total - spare + pages ))
    if (echo "$wanted_pages" > /proc/sys/vm/nr_hugepages) 2>/dev/null; then
      spare=$(( $(meminfo HugePages_Free) - $(meminfo HugePages_Rsvd) ))
      if [ "$spare" -ge "$pages" ]; then
        mkdir -p /etc/sysctl.d
        printf '# Written by scripts/setup-postgres.sh (Policy QA): PostgreSQL shared memory.\nvm.nr_hugepages = %s\n' "$wanted_pages" > /etc/sysctl.d/60-policyqa-hugepages.conf
      else
        echo "$total" > /proc/sys/vm/nr_hugepages
      fi
    fi
  fi
  if [ "$spare" -ge "$pages" ]; then
    echo "restarting PostgreSQL $PGVER: huge pages reserved ($pages of $huge_kb kB)" >&2
    pg_ctlcluster --skip-systemctl-redirect "$PGVER" main restart
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  else
    echo "note: PostgreSQL runs on normal pages: the kernel did not reserve $pages huge pages (vm.nr_hugepages)" >&2
  fi
fi

su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$ROLE'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASS'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE DATABASE $DB OWNER $ROLE\""
# CREATE EXTENSION needs a superuser on PostgreSQL 15; do it once here for the app's database.
su postgres -c "psql -q -d $DB -c 'CREATE EXTENSION IF NOT EXISTS vector'"
echo "DATABASE_URL=postgres://$ROLE:$PASS@127.0.0.1:5432/$DB"
