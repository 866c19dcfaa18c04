# Quick start: `make run` serves the API with an embedded PostgreSQL and demo data; `make test` runs every test.
SHELL := /bin/bash
JDK := $(shell scripts/find-jdk)
export JAVA_HOME := $(JDK)
MVN := ./mvnw -B -ntp
# Maven on JDK 23+ warns that its injector uses sun.misc.Unsafe; allowed where the option exists.
ifeq ($(shell "$(JDK)/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 && echo yes),yes)
export MAVEN_OPTS := --sun-misc-unsafe-memory-access=allow $(MAVEN_OPTS)
endif
# Maven's own progress at WARN; Surefire's results (what CI reads) at INFO; the OpenAPI generator of the contract
# tests' client (its 3.1 "beta" notice and schema remarks on every build) at ERROR.
QUIET := -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.maven.plugin.surefire=info \
	-Dorg.slf4j.simpleLogger.log.org.openapitools=error
APP := bootstrap/target/quarkus-app/quarkus-run.jar
# The JVM settings the service is sized for (README, "What it is sized for"); JAVA_OPTS adds to or overrides them.
# Two malloc arenas: glibc's default (8 per core) lets every worker thread's native allocations grow RSS.
SERVICE_JVM_OPTS := -Xms32m -Xmx96m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:TrimNativeHeapInterval=5000
export MALLOC_ARENA_MAX ?= 2
# The JDK AOT cache `make package` trains (scripts/aot-train); used when present.
AOT_CACHE := bootstrap/target/quarkus-app/app.aot
# The embedded PostgreSQL (data in .data/postgres) for run, dev and image-test; not part of the production artifact.
LOCAL_RUN := "$(JDK)/bin/java" -jar bootstrap/local-run/target/local-run.jar
# A terminal's Ctrl-C goes to its foreground process group. With job control (set -m) the local run is that group on
# its own, so make is not interrupted and reports the run's exit: 0 when it was stopped on purpose.
JOB := set -m;

.PHONY: run dev test build package image image-test clean check-jdk

check-jdk:
	@test -n "$(JDK)" || (echo "A JDK 21+ is needed" >&2; exit 1)
	@echo "Using JDK at $(JDK)"

## Run the service on :8080 with an embedded PostgreSQL (data in .data/) and demo data; a JDBC URL in
## QUARKUS_DATASOURCE_JDBC_URL is used instead of the embedded database. Ctrl-C stops both (exit 0).
run: check-jdk package
	$(JOB) $(LOCAL_RUN) -- "$(JDK)/bin/java" -Dquarkus.profile=demo $(SERVICE_JVM_OPTS) $$(test -f $(AOT_CACHE) && echo -XX:AOTCache=$(AOT_CACHE)) $(JAVA_OPTS) -jar $(APP); exit $$?

## Quarkus dev mode (live reload, Dev UI at /q/dev-ui) on :8080 with the same embedded PostgreSQL, .data/ and demo
## data as `make run`. Extra Maven arguments in DEV_ARGS, e.g. DEV_ARGS=-Dquarkus.http.port=8484.
dev: check-jdk package
	$(JOB) $(LOCAL_RUN) -- ./mvnw -ntp -pl bootstrap -am quarkus:dev $(DEV_ARGS); exit $$?

## Every test (unit, architecture, HTTP against a real PostgreSQL). The console shows warnings, errors and each
## module's Surefire results, then one line per module; each test class's output (the service's log in the Quarkus
## tests) is in <module>/target/surefire-reports/<class>-output.txt.
test: check-jdk
	@rm -rf */target/surefire-reports
	@status=0; $(MVN) $(QUIET) verify || status=$$?; scripts/test-summary; exit $$status

## The production artifact (bootstrap/target/quarkus-app/) and its JDK AOT cache (app.aot, trained by
## scripts/aot-train on a throwaway embedded PostgreSQL; JDK 25+, else skipped; a failed training only warns).
## AOT=0 skips the training.
package: check-jdk
	$(MVN) -q -DskipTests package
	@if [ "$${AOT:-1}" != 0 ]; then scripts/aot-train || echo "[aot-train] failed: no AOT cache, the service starts without one" >&2; fi

build: package

## The JVM container image, built here with podman on a base made from Debian and a jlinked runtime (needs root;
## installs podman, buildah, debootstrap, runc when missing). Not part of `make test`.
image: package
	scripts/image

## Runs the image against a fresh embedded PostgreSQL until /q/health/ready answers, then stops it.
image-test: check-jdk
	scripts/image-test

clean:
	$(MVN) -q clean
