#!/usr/bin/env bash
# spring-projects/spring-petclinic: Spring Boot 4.0, Spring Data JPA, Java 17, its tests on H2 in memory (MySQL and
# PostgreSQL integration tests need Docker and are skipped without it), the schema from hand-kept
# db/<database>/schema.sql scripts run by spring.sql.init, the data from db/<database>/data.sql after it.
# With the starter: the schema scripts are removed (the starter's changelog creates the schema), the data scripts stay.
# PETCLINIC_POSTGRES=1 also runs its PostgresIntegrationTests on the local server (see below); =only runs just those.
# Usage: realworld/spring-petclinic.sh <directory of the fetched repository>
source "$(dirname "$0")/lib.sh"
FETCHED="${1:?usage: $0 <spring-petclinic directory>}"

install_starter
[ -n "${SKIP_AS_WRITTEN:-}" ] || as_written=$(copy_app "$FETCHED" petclinic-as-written)
with_starter=$(copy_app "$FETCHED" petclinic-with-starter)
add_starter "$with_starter/pom.xml"
resources="$with_starter/src/main/resources"
# Every data script but PostgreSQL's inserts by position (INSERT INTO vets VALUES (default, 'James', 'Carter')), in
# the column order of the schema script being removed: it gets its column names, taken mechanically from that script.
for database in h2 mysql postgres; do
  name_insert_columns "$resources/db/$database/schema.sql" "$resources/db/$database/data.sql"
done
rm -f "$resources"/db/*/schema.sql
# spring.sql.init keeps running the data scripts; it no longer names the schema scripts that are gone.
sed -i '/^spring.sql.init.schema-locations=/d' "$resources/application.properties"
# The build validates the source format (spring-javaformat) and runs the nohttp checkstyle over every file: the
# changed scripts and pom are not Java, and nohttp passes them; nothing to do.

say "spring-petclinic at $(commit_of "$FETCHED")"
if [ "${PETCLINIC_POSTGRES:-}" = only ]; then
  : # PETCLINIC_POSTGRES=only: the PostgreSQL runs below, not the whole suite on H2
elif [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  say "as written: ./mvnw test"
  run_tests "$as_written" "$WORK/petclinic-as-written.log" test
  counts "$as_written"
fi
if [ "${PETCLINIC_POSTGRES:-}" != only ]; then
  say "with the starter, schema.sql removed: ./mvnw test"
  run_tests "$with_starter" "$WORK/petclinic-with-starter.log" test
  counts "$with_starter"
  say "Schema Bootstrap said"
  findings "$WORK/petclinic-with-starter.log"
fi

# PostgreSQL: its PostgresIntegrationTests (profile postgres, spring.sql.init.mode=always) start PostgreSQL with Docker
# Compose and are skipped without Docker. With PETCLINIC_POSTGRES=1 they run on the server at 127.0.0.1:5432 (user
# postgres, trust) instead, the app's own POSTGRES_URL/USER/PASS variables pointing at a new database per copy. In both
# copies alike, for that only: Docker Compose is switched off (SPRING_DOCKER_COMPOSE_ENABLED=false) and the test's
# assumption that Docker runs is removed. Each copy runs the tests twice on its database: the second start is the
# restart of a deployed app (the as-written scripts are idempotent; with the starter the changelog is applied and the
# start compares the live schema with the model).
[ -n "${PETCLINIC_POSTGRES:-}" ] || exit 0
postgres_run() {
  local app="$1" name="$2" database="$3"
  sed -i '/assumeTrue(DockerClientFactory/d' "$app/src/test/java/org/springframework/samples/petclinic/PostgresIntegrationTests.java"
  psql -h 127.0.0.1 -U postgres -d test -qc "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
  for run in 1 2; do
    say "$name on PostgreSQL, run $run: ./mvnw test -Dtest=PostgresIntegrationTests"
    rm -rf "$app/target/surefire-reports"
    POSTGRES_URL="jdbc:postgresql://127.0.0.1:5432/$database" POSTGRES_USER=postgres POSTGRES_PASS= \
      SPRING_DOCKER_COMPOSE_ENABLED=false \
      run_tests "$app" "$WORK/$name-postgres-$run.log" test -Dtest=PostgresIntegrationTests
    counts "$app"
  done
}
[ -n "${SKIP_AS_WRITTEN:-}" ] || postgres_run "$as_written" petclinic-as-written petclinic_as_written
postgres_run "$with_starter" petclinic-with-starter petclinic_with_starter
for run in 1 2; do
  say "Schema Bootstrap said on PostgreSQL, run $run"
  findings "$WORK/petclinic-with-starter-postgres-$run.log"
done
