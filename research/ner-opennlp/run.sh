#!/usr/bin/env bash
# Builds and runs the ANERcorp x OpenNLP experiment from this folder (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
[ -f target/ner-exp-1.jar ] || mvn -q -B package -DskipTests
[ -f target/cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt
mkdir -p logs
java -Xmx4g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "target/ner-exp-1.jar:$(cat target/cp.txt)" exp.Exp "$@"
