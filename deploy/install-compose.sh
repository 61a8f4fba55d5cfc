#!/usr/bin/env bash
# Builds the Docker Compose v2 CLI from its Go module into .local/compose/, once, so that
# `docker-compose config` can validate docker-compose.yml on machines without a Docker engine.
# Prints the binary's path.
set -euo pipefail
VERSION="${COMPOSE_VERSION:-v2.40.3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="$ROOT/.local/compose/docker-compose-$VERSION"
if [ ! -x "$TARGET" ]; then
  command -v go >/dev/null || { echo "go not found: install Go 1.24+ to build docker compose" >&2; exit 1; }
  SRC="$(mktemp -d)"
  trap 'rm -rf "$SRC"' EXIT
  DIR="$(go mod download -json "github.com/docker/compose/v2@$VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  cp -r "$DIR/." "$SRC/" && chmod -R u+w "$SRC"
  mkdir -p "$(dirname "$TARGET")"
  (cd "$SRC" && go build -o "$TARGET" ./cmd) >&2
fi
echo "$TARGET"
