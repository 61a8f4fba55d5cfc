#!/usr/bin/env bash
# Builds the Docker Compose v2 CLI from its Go module into .local/compose/, once, so that
# `docker-compose config` can validate docker-compose.yml on machines without a Docker engine.
# Prints the binary's path.
set -euo pipefail
exec bash "$(dirname "$0")/install-go-tool.sh" docker-compose github.com/docker/compose/v2 "${COMPOSE_VERSION:-v2.40.3}" cmd
