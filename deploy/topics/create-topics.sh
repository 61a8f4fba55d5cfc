#!/usr/bin/env bash
# Creates newsflow's topics with explicit partitions, retention and size caps (no auto-creation).
# Mirrors TOPIC_SPECS in libs/contracts/src/lib/topics.ts; a test keeps the two equal.
set -euo pipefail
BOOTSTRAP="${KAFKA_BOOTSTRAP:-kafka:9092}"
KAFKA_TOPICS="${KAFKA_TOPICS_CMD:-/opt/kafka/bin/kafka-topics.sh}"
DAY=86400000
MIB=1048576

create() { # name partitions retention_ms max_message_bytes
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$1" \
    --partitions "$2" --replication-factor "${REPLICATION_FACTOR:-1}" \
    --config "retention.ms=$3" --config "max.message.bytes=$4" --config cleanup.policy=delete
}

create newsflow.crawl.requests.v1 6 $((7 * DAY)) $((1 * MIB))
create newsflow.pages.raw.v1 6 $((3 * DAY)) $((8 * MIB))
create newsflow.articles.clean.v1 6 $((30 * DAY)) $((2 * MIB))
create newsflow.articles.enriched.v1 6 $((30 * DAY)) $((4 * MIB))
for stage in crawler cleaner enricher archiver; do
  create "newsflow.dlq.${stage}.v1" 1 $((30 * DAY)) $((8 * MIB))
done
