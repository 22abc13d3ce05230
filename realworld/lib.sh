#!/usr/bin/env bash
# Shared steps of the real-application checks: build the starter into a local repository of its own, copy the
# fetched application twice (as its authors wrote it, and with the starter added), run the application's own test
# suite on both and print the counts side by side. Not run by CI: the applications are fetched, never committed.
# SKIP_AS_WRITTEN=1 runs only the copy with the starter; SKIP_INSTALL=1 takes the starter an earlier run installed.
set -euo pipefail

REALWORLD_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_HOME="$(dirname "$REALWORLD_HOME")"
WORK="${REALWORLD_WORK:-$PROJECT_HOME/target/realworld}"
# The starter is installed here, not into ~/.m2; everything else is read from ~/.m2 (Maven 3.9's tail repository).
LOCAL_REPO="$WORK/m2"
MAVEN_REPO_ARGS=(-Dmaven.repo.local="$LOCAL_REPO" -Dmaven.repo.local.tail="$HOME/.m2/repository")
STARTER_VERSION="$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$PROJECT_HOME/pom.xml" | head -n 1)"

say() { printf '\n== %s\n' "$*"; }

install_starter() {
  [ -z "${SKIP_INSTALL:-}" ] || return 0
  say "installing schema-bootstrap $STARTER_VERSION into $LOCAL_REPO"
  (cd "$PROJECT_HOME" && ./mvnw -B -ntp -q install -DskipTests -pl starter -am "${MAVEN_REPO_ARGS[@]}")
}

# copy_app <fetched app directory> <name>: a clean copy, so the fetched directory is never changed.
copy_app() {
  local source="$1" target="$WORK/$2"
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  if [ -d "$source/.git" ] || [ -f "$source/HEAD" ]; then
    git clone -q "$source" "$target"
  else
    cp -a "$source" "$target"
  fi
  echo "$target"
}

commit_of() { git -C "$1" rev-parse HEAD 2>/dev/null || echo "unknown"; }

# add_starter <pom.xml>: the starter as a dependency of the application (its first <dependencies> outside
# dependencyManagement, plugins and profiles).
add_starter() {
  python3 - "$1" "$STARTER_VERSION" <<'PY'
import re, sys
path, version = sys.argv[1], sys.argv[2]
pom = open(path, encoding="utf-8").read()
def depth(text, tag):
    return len(re.findall("<%s>" % tag, text)) - len(re.findall("</%s>" % tag, text))
for match in re.finditer(r"<dependencies>", pom):
    before = pom[:match.start()]
    if any(depth(before, tag) > 0 for tag in ("dependencyManagement", "plugin", "profile")):
        continue
    dependency = ("<dependencies>\n        <dependency>\n            <groupId>dev.schemabootstrap</groupId>\n"
                  "            <artifactId>schema-bootstrap-spring-boot-starter</artifactId>\n"
                  "            <version>%s</version>\n        </dependency>" % version)
    pom = pom[:match.start()] + dependency + pom[match.end():]
    open(path, "w", encoding="utf-8").write(pom)
    break
else:
    sys.exit("no <dependencies> section found in " + path)
PY
}

# name_insert_columns <schema.sql> <data.sql>: a data script that inserts by position (INSERT INTO t VALUES (...)),
# in the column order its schema script happened to give each table, gets its column names, taken mechanically from
# that schema script. Entities do not say a column order, so a schema made from them cannot promise it; the generated
# one follows the order the classes declare their attributes.
name_insert_columns() {
  python3 - "$1" "$2" <<'PY'
import re, sys
schema, data = (open(path, encoding="utf-8").read() for path in sys.argv[1:3])
columns = {}
for table, body in re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+) \((.*?)\)\s*(?:engine=\w+\s*)?;", schema, re.S | re.I):
    firsts = [re.split(r"[\s(,]", line.strip())[0] for line in body.strip().splitlines() if line.strip()]
    columns[table.lower()] = [first for first in firsts
                              if first.upper() not in ("PRIMARY", "FOREIGN", "CONSTRAINT", "UNIQUE", "INDEX", "KEY")]
named = re.sub(r"INSERT (IGNORE )?INTO (\w+) VALUES",
               lambda m: "INSERT %sINTO %s (%s) VALUES" % (m.group(1) or "", m.group(2), ", ".join(columns[m.group(2).lower()])), data,
               flags=re.I)
open(sys.argv[2], "w", encoding="utf-8").write(named)
PY
}

# run_tests <app dir> <log> [maven args...]: the application's own test command, through its own wrapper.
run_tests() {
  local app="$1" log="$2"
  shift 2
  local maven="./mvnw"
  [ -x "$app/mvnw" ] || maven="$PROJECT_HOME/mvnw"
  (cd "$app" && $maven -B -ntp "${MAVEN_REPO_ARGS[@]}" "$@" > "$log" 2>&1) && echo "build: success" || echo "build: FAILED (see $log)"
  maven_totals "$log"
}

# maven_totals <log>: the totals Surefire and Failsafe print. They count the tests of @Nested classes, which the XML
# reports that counts reads may leave out (Surefire writes a nested class's results into no report of its own).
maven_totals() {
  grep -E "^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$" "$1" \
    | sed 's/^\[[A-Z]*\] /maven: /' || true
}

# counts <app dir>: tests, failures, errors and skipped from the surefire and failsafe reports.
counts() {
  python3 - "$1" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
totals = dict(tests=0, failures=0, errors=0, skipped=0)
failed = {}
for report in sorted(glob.glob(sys.argv[1] + "/target/*-reports/TEST-*.xml")):
    suite = ET.parse(report).getroot()
    for key in totals:
        totals[key] += int(suite.get(key, 0))
    for case in suite.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            name = case.get("classname", "").rsplit(".", 1)[-1]
            failed[name] = failed.get(name, 0) + 1
print("tests=%(tests)d failures=%(failures)d errors=%(errors)d skipped=%(skipped)d" % totals)
for name, count in sorted(failed.items()):
    print("  %s: %d failed" % (name, count))
PY
}

# findings <log>: the Schema Bootstrap lines of a run, once each.
findings() {
  grep -hoE "(ERROR|WARNING|INFO) +[a-z-]+ .*|Schema Bootstrap[^\"]*" "$1" | sort | uniq -c | sort -rn | head -n 60 || true
}
