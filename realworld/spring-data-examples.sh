#!/usr/bin/env bash
# spring-projects/spring-data-examples, its jpa/ folder: many small Spring Boot 4.0 applications (Spring Data JPA,
# Hibernate 7), each with its own tests, most on HSQLDB in memory with the schema from Hibernate's ddl-auto (Boot's
# create-drop default for an embedded database); jpa21 and the three Hibernate multi-tenancy examples (multitenant/)
# on hand-kept schema.sql scripts; multiple-datasources with two EntityManagerFactories on two HSQLDB databases.
# The project builds for Java 25: JAVA_HOME is taken from SDE_JAVA_HOME, else Temurin 25 or newer when installed.
# Usage: realworld/spring-data-examples.sh <directory of the fetched repository>
# SDE_MODULES names other modules of jpa/ (comma-separated, as Maven's -pl takes them).
source "$(dirname "$0")/lib.sh"
FETCHED="${1:?usage: $0 <spring-data-examples directory>}"

# Left out: eclipselink (EclipseLink, not Hibernate: the starter reads Hibernate's boot model and has nothing to read
# there), graalvm-native and aot-optimization (no tests of their own; graalvm-native's one test is the native image's),
# vector-search (PostgreSQL with pgvector, through Testcontainers: skipped without Docker, both ways).
MODULES="${SDE_MODULES:-example,showcase,envers,interceptors,jpa21,query-by-example,security,vavr,deferred,multiple-datasources,multitenant/partition,multitenant/schema,multitenant/db}"
export JAVA_HOME="${SDE_JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* 2>/dev/null | tail -n 1)}"

install_starter
# The Maven plugin too, for jpa21 below.
[ -n "${SKIP_INSTALL:-}" ] || (cd "$PROJECT_HOME" && ./mvnw -B -ntp -q install -DskipTests -pl maven-plugin -am "${MAVEN_REPO_ARGS[@]}")
[ -n "${SKIP_AS_WRITTEN:-}" ] || as_written=$(copy_app "$FETCHED" sde-as-written)
with_starter=$(copy_app "$FETCHED" sde-with-starter)
# The starter, once for the modules that inherit jpa/pom.xml's dependencies (all but multitenant's), and in each
# multitenant module, whose parent is the repository's root pom.
add_starter "$with_starter/jpa/pom.xml"
for module in partition schema db; do
  add_starter "$with_starter/jpa/multitenant/$module/pom.xml"
done

# jpa21: its schema.sql (run by spring.sql.init) creates the subscription table and the HSQLDB stored procedure
# plus1inout that UserRepository calls. The starter reports it as conflicting-schema-initializer (ERROR), and its fix is
# the adoption: the procedure, which no entity can say, must be a changeset of a changelog the application owns. So
# the application takes the changelog (getting-started, "Own the changelog"): the starter's Maven plugin, declared in
# its pom with the entities' packages and the HSQLDB dialect, writes db/changelog/db.changelog-master.yaml from the
# entities (compile schema-bootstrap:generate), and the procedure is added to it as a changeset of its own. The
# script and its separator setting go. (changelog.mode=generate beside a changelog of its own does not do here: on
# HSQLDB, whose catalog the starter does not read, it cannot tell what that changelog lacks.)
jpa21="$with_starter/jpa/jpa21"
rm "$jpa21/src/main/resources/schema.sql"
sed -i '/^spring.sql.init.separator=/d' "$jpa21/src/main/resources/application.properties"
python3 - "$jpa21/pom.xml" "$STARTER_VERSION" <<'PY2'
import sys
path, version = sys.argv[1], sys.argv[2]
pom = open(path, encoding="utf-8").read()
plugin = """
	<build>
		<plugins>
			<plugin>
				<groupId>dev.schemabootstrap</groupId>
				<artifactId>schema-bootstrap-maven-plugin</artifactId>
				<version>%s</version>
				<configuration>
					<packages>
						<package>example.springdata.jpa</package>
					</packages>
					<dialect>org.hibernate.dialect.HSQLDialect</dialect>
				</configuration>
			</plugin>
		</plugins>
	</build>

</project>""" % version
open(path, "w", encoding="utf-8").write(pom.replace("\n</project>", plugin, 1))
PY2
say "jpa21: owning the changelog: mvn compile schema-bootstrap:generate"
(cd "$jpa21" && "$PROJECT_HOME/mvnw" -B -ntp -q "${MAVEN_REPO_ARGS[@]}" compile schema-bootstrap:generate \
  > "$WORK/sde-jpa21-generate.log" 2>&1) || { echo "generate FAILED (see $WORK/sde-jpa21-generate.log)"; exit 1; }
rm -rf "$jpa21/target"
cat >> "$jpa21/src/main/resources/db/changelog/db.changelog-master.yaml" <<'YAML'
- changeSet:
    id: plus1inout
    author: spring-data-examples
    changes:
    - sql:
        splitStatements: false
        sql: |
          CREATE PROCEDURE plus1inout(IN arg int, OUT res int)
          BEGIN ATOMIC
          set res = arg + 1;
          END
YAML
# multitenant/partition: one table for every tenant (@TenantId column); its schema.sql creates what the entity says,
# and goes, as the finding conflicting-schema-initializer says.
rm "$with_starter/jpa/multitenant/partition/src/main/resources/schema.sql"
# multitenant/schema: a schema per tenant (PIVOTAL, VMWARE), each with its own person table, created by schema.sql;
# the entity names no schema, and Hibernate picks the tenant's schema per connection. One changelog generated from the
# entities makes one copy of the table, in the default schema; it cannot make a copy per tenant. So the script stays:
# the ERROR conflicting-schema-initializer it raises is true (it is DDL beside Liquibase), and is acknowledged as a
# user would, with validation.suppress, naming the property.
echo "schema-bootstrap.validation.suppress=conflicting-schema-initializer:spring.sql.init.schema-locations" \
  >> "$with_starter/jpa/multitenant/schema/src/main/resources/application.properties"

# module_findings <module dir>: the Schema Bootstrap lines of its tests (Surefire writes the tests' output to
# target/surefire-reports/*-output.txt: redirectTestOutputToFile in the root pom).
module_findings() {
  local output
  output=$(mktemp)
  cat "$1"/target/surefire-reports/*-output.txt > "$output" 2>/dev/null || true
  findings "$output"
  rm -f "$output"
}

# report <copy> <log>: per module, the counts of its reports; for the copy with the starter, what it logged.
report() {
  local copy="$1" log="$2" module
  maven_totals "$log"
  for module in ${MODULES//,/ }; do
    echo "-- $module: $(counts "$copy/jpa/$module" | tr '\n' ' ')"
  done
}

say "spring-data-examples at $(commit_of "$FETCHED") (JAVA_HOME=$JAVA_HOME), modules $MODULES"
# -fae: a module that fails does not stop the others; each module is its own application.
if [ -z "${SKIP_AS_WRITTEN:-}" ]; then
  say "as written: mvn -fae test -pl $MODULES (from jpa/)"
  run_tests "$as_written/jpa" "$WORK/sde-as-written.log" -fae test -pl "$MODULES" > /dev/null
  report "$as_written" "$WORK/sde-as-written.log"
fi
say "with the starter: mvn -fae test -pl $MODULES (from jpa/)"
run_tests "$with_starter/jpa" "$WORK/sde-with-starter.log" -fae test -pl "$MODULES" > /dev/null
report "$with_starter" "$WORK/sde-with-starter.log"
for module in ${MODULES//,/ }; do
  say "Schema Bootstrap said in $module"
  module_findings "$with_starter/jpa/$module"
done
