#!/usr/bin/env bash
# Builds a command from its Go module (fetched through the Go module proxy) into .local/<name>/, once,
# and prints the binary's path. The module is built in a copy of itself, with its own go.mod and go.sum,
# so its replace directives and pinned dependencies hold exactly as upstream releases it.
#   usage: install-go-tool.sh NAME MODULE VERSION [PACKAGE]   (PACKAGE: relative to the module root, default .)
set -euo pipefail
NAME="$1" MODULE="$2" VERSION="$3" PACKAGE="${4:-.}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="$ROOT/.local/$NAME/$NAME-$VERSION"
if [ ! -x "$TARGET" ]; then
  command -v go >/dev/null || { echo "go not found: install Go 1.24+ to build $NAME" >&2; exit 1; }
  SRC="$(mktemp -d)"
  trap 'rm -rf "$SRC"' EXIT
  DIR="$(go mod download -json "$MODULE@$VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  [ -n "$DIR" ] || { echo "could not download $MODULE@$VERSION" >&2; exit 1; }
  cp -r "$DIR/." "$SRC/" && chmod -R u+w "$SRC"
  mkdir -p "$(dirname "$TARGET")"
  # Build beside the target and rename, so a concurrent or interrupted build never leaves a half-written binary.
  (cd "$SRC" && go build -o "$TARGET.tmp.$$" "./$PACKAGE") >&2
  mv "$TARGET.tmp.$$" "$TARGET"
fi
echo "$TARGET"
