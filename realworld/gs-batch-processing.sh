#!/usr/bin/env bash
# spring-guides/gs-batch-processing (complete/): the official Spring Batch guide on Spring Boot 4.0, Spring Batch 6
# with its JDBC job repository (spring-boot-starter-batch-jdbc), HSQLDB in memory, no JPA: its BATCH_* tables come
# from Spring Batch's own schema script (spring.batch.jdbc.initialize-schema, embedded by default), its `people` table
# from schema-all.sql run by spring.sql.init, and the job writes with JDBC. No Boot 4 application was found that uses
# JPA beside Spring Batch, Spring Session JDBC or Quartz; this guide shows whether the starter leaves a JPA-less
# application with a library's schema script alone. With the starter: nothing changed but the dependency.
# Usage: realworld/gs-batch-processing.sh <directory of the fetched repository>
source "$(dirname "$0")/lib.sh"
FETCHED="${1:?usage: $0 <gs-batch-processing directory>}"

install_starter
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  as_written=$(copy_app "$FETCHED" gs-batch-as-written)/complete
fi
with_starter=$(copy_app "$FETCHED" gs-batch-with-starter)/complete
add_starter "$with_starter/pom.xml"

say "gs-batch-processing at $(commit_of "$with_starter/..")"
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  say "as written: ./mvnw test"
  run_tests "$as_written" "$WORK/gs-batch-as-written.log" test
  counts "$as_written"
fi
say "with the starter: ./mvnw test"
run_tests "$with_starter" "$WORK/gs-batch-with-starter.log" test
counts "$with_starter"
say "Schema Bootstrap said"
findings "$WORK/gs-batch-with-starter.log"
