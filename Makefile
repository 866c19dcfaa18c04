# Quick start: `make run` serves the API with an embedded PostgreSQL and demo data; `make test` runs every test.
SHELL := /bin/bash
JDK := $(shell scripts/find-jdk)
export JAVA_HOME := $(JDK)
MVN := ./mvnw -B -ntp
APP := bootstrap/target/quarkus-app/quarkus-run.jar

.PHONY: run test build package clean check-jdk

check-jdk:
	@test -n "$(JDK)" || (echo "A JDK 21+ is needed" >&2; exit 1)
	@echo "Using JDK at $(JDK)"

## Run the service on :8080 with an embedded PostgreSQL (data in .data/) and demo data; a JDBC URL in
## QUARKUS_DATASOURCE_JDBC_URL is used instead of the embedded database.
run: check-jdk package
	"$(JDK)/bin/java" -Dquarkus.profile=demo -Dnumbers.embedded-postgres=true $(JAVA_OPTS) -jar $(APP)

## Every test (unit, architecture, HTTP against a real PostgreSQL).
test: check-jdk
	$(MVN) verify

package: check-jdk
	$(MVN) -q -DskipTests package

build: package

clean:
	$(MVN) -q clean
