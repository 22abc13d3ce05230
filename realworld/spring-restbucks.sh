#!/usr/bin/env bash
# odrotbohm/spring-restbucks (server/): Spring Boot 4.0, Spring Data JPA and REST, jMolecules, Spring Modulith with
# its JPA event publication registry, its tests on H2 in memory, the schema from Hibernate's
# spring.jpa.hibernate.ddl-auto=update. With the starter: ddl-auto is switched off (the starter's changelog creates the
# schema), nothing else. Restbucks needs Java 25: JAVA_HOME is taken from RESTBUCKS_JAVA_HOME, else Temurin 25 or newer
# when it is installed. Usage: realworld/spring-restbucks.sh <directory of the fetched repository>
source "$(dirname "$0")/lib.sh"
FETCHED="${1:?usage: $0 <spring-restbucks directory>}"

install_starter
# Its newest commits build with Spring Boot 4.1 and Spring Modulith 2.1 milestones, release candidates and other
# artifacts only on repo.spring.io, not on Maven Central (Modulith 2.1.0-RC1, Datasource Micrometer 2.2.1, ByteBuddy's
# plugin 1.18.8, spring-modulith-junit 2.1.x); those on Spring Boot 4.0 after 62f2a41 need Datasource Micrometer
# 2.0.1, not on Central either, and from 859f010 on, without the observability profile, do not compile
# (OrderObservabilityConfiguration needs Micrometer, which only that profile brings). Checked out instead: 62f2a41
# (2026-01-26, Boot 4.0.2, Modulith 2.0.2 with the JPA event publication registry), the newest that builds from
# Central as written. RESTBUCKS_COMMIT names another.
RESTBUCKS_COMMIT="${RESTBUCKS_COMMIT:-62f2a41}"
export JAVA_HOME="${RESTBUCKS_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* 2>/dev/null | tail -n 1)}"
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  as_written=$(copy_app "$FETCHED" restbucks-as-written)
  git -C "$as_written" checkout -q "$RESTBUCKS_COMMIT"
  as_written="$as_written/server"
fi
with_starter=$(copy_app "$FETCHED" restbucks-with-starter)
git -C "$with_starter" checkout -q "$RESTBUCKS_COMMIT"
with_starter="$with_starter/server"
add_starter "$with_starter/pom.xml"
# Hibernate's ddl-auto=update is a second DDL source beside the starter's changelog: the starter reports it as
# conflicting-schema-initializer (ERROR). Its fix, as the finding says:
sed -i 's/^spring.jpa.hibernate.ddl-auto=update/spring.jpa.hibernate.ddl-auto=none/' \
  "$with_starter/src/main/resources/application.properties"

say "spring-restbucks at $(commit_of "$with_starter") (JAVA_HOME=$JAVA_HOME)"
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  say "as written: ./mvnw verify"
  run_tests "$as_written" "$WORK/restbucks-as-written.log" verify
  counts "$as_written"
fi
say "with the starter, ddl-auto off: ./mvnw verify"
run_tests "$with_starter" "$WORK/restbucks-with-starter.log" verify
counts "$with_starter"
say "Schema Bootstrap said"
findings "$WORK/restbucks-with-starter.log"

# RESTBUCKS_POSTGRES=1: the same suite on PostgreSQL at 127.0.0.1:5432 (user postgres, trust), twice on one new
# database per copy (first start, then a restart on the kept database). Both copies alike: its own dev-services
# profile, which adds the PostgreSQL driver, and SPRING_DATASOURCE_URL/USERNAME pointing there. The tests share the
# database across contexts and runs: as written the second run already fails one test
# (PaymentControllerIntegrationTest.processesPayment finds no unpaid order left).
if [ -n "${RESTBUCKS_POSTGRES:-}" ]; then
  for copy in ${as_written:+"as-written:$as_written"} "with-starter:$with_starter"; do
    name="${copy%%:*}" app="${copy#*:}" database="restbucks_${copy%%:*}"
    database="${database//-/_}"
    psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    for run in 1 2; do
      say "$name on PostgreSQL, run $run: ./mvnw -Pdev-services verify"
      rm -rf "$app/target"
      SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$database" SPRING_DATASOURCE_USERNAME=postgres \
        run_tests "$app" "$WORK/restbucks-$name-postgres-$run.log" -Pdev-services verify
      counts "$app"
    done
  done
  for run in 1 2; do
    say "Schema Bootstrap said on PostgreSQL, run $run"
    findings "$WORK/restbucks-with-starter-postgres-$run.log"
  done
fi

# Its newest commits use Spring Modulith's JDBC event publication registry instead (cc1c4c8 swaps
# spring-modulith-starter-jpa for spring-modulith-starter-jdbc, nothing else): Modulith then creates its
# event_publication table itself, and no entity maps it. The same suite again, both copies with that one swap, on
# Modulith 2.0.4 (the JDBC starter of 2.0.2 is not on Central) and with Modulith's schema initialization switched on
# (its default is off in 2.0: without it both copies fail alike, 5 tests, "Table EVENT_PUBLICATION not found").
# RESTBUCKS_JDBC_REGISTRY=0 skips this.
[ "${RESTBUCKS_JDBC_REGISTRY:-1}" != 0 ] || exit 0
export SPRING_MODULITH_EVENTS_JDBC_SCHEMAINITIALIZATION_ENABLED=true
JDBC=(-Dspring-modulith.version=2.0.4)
for app in ${as_written:+"$as_written"} "$with_starter"; do
  sed -i 's|<artifactId>spring-modulith-starter-jpa</artifactId>|<artifactId>spring-modulith-starter-jdbc</artifactId>|' "$app/pom.xml"
  rm -rf "$app/target"
done
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  say "as written, JDBC event publication registry: ./mvnw verify ${JDBC[*]}"
  run_tests "$as_written" "$WORK/restbucks-jdbc-as-written.log" verify "${JDBC[@]}"
  counts "$as_written"
fi
say "with the starter, JDBC event publication registry: ./mvnw verify ${JDBC[*]}"
run_tests "$with_starter" "$WORK/restbucks-jdbc-with-starter.log" verify "${JDBC[@]}"
counts "$with_starter"
say "Schema Bootstrap said, JDBC event publication registry"
findings "$WORK/restbucks-jdbc-with-starter.log"
