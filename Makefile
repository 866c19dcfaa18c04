# Quick start: `make run` serves the API with an embedded PostgreSQL and demo data; `make test` runs every test.
SHELL := /bin/bash
JDK := $(shell scripts/find-jdk)
export JAVA_HOME := $(JDK)
MVN := ./mvnw -B -ntp
# Maven on JDK 23+ warns that its injector uses sun.misc.Unsafe; allowed where the option exists.
ifeq ($(shell "$(JDK)/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && echo yes),yes)
export MAVEN_OPTS := --sun-misc-unsafe-memory-access=allow $(MAVEN_OPTS)
endif
# Maven's own progress at WARN; Surefire's results (what CI reads) at INFO.
QUIET := -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.surefire=info
APP := bootstrap/target/quarkus-app/quarkus-run.jar

.PHONY: run test build package clean check-jdk

check-jdk:
	@test -n "$(JDK)" || (echo "A JDK 21+ is needed" >&2; exit 1)
	@echo "Using JDK at $(JDK)"

## Run the service on :8080 with an embedded PostgreSQL (data in .data/) and demo data; a JDBC URL in
## QUARKUS_DATASOURCE_JDBC_URL is used instead of the embedded database.
run: check-jdk package
	"$(JDK)/bin/java" -Dquarkus.profile=demo -Dnumbers.embedded-postgres=true $(JAVA_OPTS) -jar $(APP)

## Every test (unit, architecture, HTTP against a real PostgreSQL). The console shows warnings, errors and each
## module's Surefire results, then one line per module; each test class's output (the service's log in the Quarkus
## tests) is in <module>/target/surefire-reports/<class>-output.txt.
test: check-jdk
	@rm -rf */target/surefire-reports
	@status=0; $(MVN) $(QUIET) verify || status=$$?; scripts/test-summary; exit $$status

package: check-jdk
	$(MVN) -q -DskipTests package

build: package

clean:
	$(MVN) -q clean
