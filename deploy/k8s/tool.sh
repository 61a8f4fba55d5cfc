#!/usr/bin/env bash
# Prints the path of kustomize or kubeconform, building it from its Go module into .local/ on first use.
#   usage: deploy/k8s/tool.sh kustomize|kubeconform
set -euo pipefail
INSTALL="$(dirname "$0")/../install-go-tool.sh"
case "${1:-}" in
  kustomize) exec bash "$INSTALL" kustomize sigs.k8s.io/kustomize/kustomize/v5 "${KUSTOMIZE_VERSION:-v5.8.0}" ;;
  kubeconform) exec bash "$INSTALL" kubeconform github.com/yannh/kubeconform "${KUBECONFORM_VERSION:-v0.8.0}" cmd/kubeconform ;;
  *) echo "usage: $0 kustomize|kubeconform" >&2; exit 2 ;;
esac
