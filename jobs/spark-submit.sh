#!/usr/bin/env bash
# Submits a Parley run to a Spark cluster with the cluster jar (Spark itself provided by the
# cluster). Build the jar first:  mvn -B -DskipTests -Pcluster package
# Usage: jobs/spark-submit.sh --master spark://host:7077 [spark-submit options] -- run --input ... --out ...
# SPARK_SUBMIT may name the spark-submit to use (default: spark-submit on the PATH).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/target/parley-cluster.jar"
[[ -f "$jar" ]] || { echo "parley: $jar is missing; build it with: mvn -B -DskipTests -Pcluster package" >&2; exit 1; }
submit_args=()
while [[ $# -gt 0 && "$1" != "--" ]]; do submit_args+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
# SPARK_SUBMIT is a command line (it may carry java options), so it is split on spaces.
# shellcheck disable=SC2086
set -f
exec ${SPARK_SUBMIT:-spark-submit} "${submit_args[@]}" --class dev.parley.cli.Main "$jar" "$@"
