#!/usr/bin/env bash
# spring-petclinic/spring-petclinic-rest: Spring Boot 4.1, Spring Data JPA, JPA and JDBC repositories, its tests on
# HSQLDB and H2 in memory, the schema from hand-kept db/<platform>/schema.sql scripts run by spring.sql.init.
# With the starter: the schema scripts are removed (the starter's changelog creates the schema), the data scripts
# stay. Usage: realworld/petclinic-rest.sh <directory of the fetched repository>
source "$(dirname "$0")/lib.sh"
FETCHED="${1:?usage: $0 <spring-petclinic-rest directory>}"

install_starter
[ -n "${SKIP_AS_WRITTEN:-}" ] || as_written=$(copy_app "$FETCHED" petclinic-rest-as-written)
with_starter=$(copy_app "$FETCHED" petclinic-rest-with-starter)
add_starter "$with_starter/pom.xml"
# The HSQLDB data script inserts by position (INSERT INTO visits VALUES (1, 7, ...)), in the column order its schema
# script happened to give each table (visits: id, pet_id, visit_date, ...). Entities do not say that order, so a schema
# made from them cannot promise it: the one change the data script needs is to name its columns, taken mechanically
# from the schema script being removed.
python3 - "$with_starter/src/main/resources/db/hsqldb/schema.sql" "$with_starter/src/main/resources/db/hsqldb/data.sql" <<'PY'
import re, sys
schema, data = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
columns = {}
for table, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\);", schema, re.S):
    columns[table.lower()] = [line.split()[0] for line in body.strip().splitlines()
                              if line.split() and line.split()[0].upper() not in ("PRIMARY", "FOREIGN", "CONSTRAINT", "UNIQUE")]
named = re.sub(r"INSERT INTO (\w+) VALUES",
               lambda m: "INSERT INTO %s (%s) VALUES" % (m.group(1), ", ".join(columns[m.group(1).lower()])), data)
open(sys.argv[2], "w", encoding="utf-8").write(named)
PY
rm -f "$with_starter"/src/main/resources/db/*/schema.sql
# The h2 profile also runs Hibernate's ddl-auto=update beside schema.sql: a second DDL source, which the starter
# reports as conflicting-schema-initializer (ERROR). Its fix, as the finding says:
sed -i 's/^spring.jpa.hibernate.ddl-auto=update/spring.jpa.hibernate.ddl-auto=none/' \
  "$with_starter/src/main/resources/application-h2.properties"
# Its HSQLDB schema.sql began by dropping every table, so each test context (one in-memory database shared by the
# contexts of one JVM) started empty before data.sql inserted rows with fixed ids. Liquibase drops nothing unless told
# to; Boot's spring.liquibase.drop-first says so, for that profile only, as the script did:
echo "spring.liquibase.drop-first=true" >> "$with_starter/src/main/resources/application-hsqldb.properties"

say "spring-petclinic-rest at $(commit_of "$FETCHED")"
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  say "as written: ./mvnw test"
  run_tests "$as_written" "$WORK/petclinic-rest-as-written.log" test
  counts "$as_written"
fi
say "with the starter, schema.sql removed: ./mvnw test"
run_tests "$with_starter" "$WORK/petclinic-rest-with-starter.log" test
counts "$with_starter"
say "Schema Bootstrap said"
findings "$WORK/petclinic-rest-with-starter.log"
