package com.numberinventory.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of architecture.md, enforced: a change that crosses one fails the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.numberinventory");
    }

    @Test
    void layers_form_an_onion_domain_application_adapters_bootstrap() {
        onionArchitecture()
                .domainModels("com.numberinventory.domain..")
                .applicationServices("com.numberinventory.application..")
                .adapter("rest", "com.numberinventory.adapters.rest..")
                .adapter("persistence", "com.numberinventory.adapters.persistence..")
                .adapter("webhooks", "com.numberinventory.adapters.webhooks..")
                .adapter("delivery", "com.numberinventory.adapters.delivery..")
                .adapter("security", "com.numberinventory.adapters.security..")
                .adapter("secrets", "com.numberinventory.adapters.secrets..")
                .adapter("upstream", "com.numberinventory.adapters.upstream..")
                // The composition root: wires adapters to the core, so it is the one that may know them all.
                .adapter("bootstrap", "com.numberinventory.bootstrap..")
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("com.numberinventory.bootstrap.."),
                        JavaClass.Predicates.resideInAPackage("com.numberinventory.adapters.."))
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void domain_and_application_use_no_framework() {
        noClasses().that().resideInAnyPackage("com.numberinventory.domain..", "com.numberinventory.application..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "org.hibernate..", "com.fasterxml..", "io.vertx..",
                        "org.eclipse.microprofile..", "io.smallrye..", "org.jboss..")
                .check(classes);
    }

    @Test
    void domain_depends_on_nothing_but_the_jdk_and_libphonenumber() {
        noClasses().that().resideInAPackage("com.numberinventory.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "com.numberinventory.domain..", "java..", "javax.crypto..", "com.google.i18n.phonenumbers..")
                .check(classes);
    }

    @Test
    void domain_does_not_know_the_application() {
        noClasses().that().resideInAPackage("com.numberinventory.domain..")
                .should().dependOnClassesThat().resideInAPackage("com.numberinventory.application..")
                .check(classes);
    }

    @Test
    void adapters_do_not_depend_on_each_other() {
        slices().matching("com.numberinventory.adapters.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void the_rest_edge_speaks_only_in_port_types() {
        noClasses().that().resideInAPackage("com.numberinventory.adapters.rest..")
                .should().dependOnClassesThat().resideInAPackage("com.numberinventory.application.port.out..")
                .check(classes);
    }

    @Test
    void nothing_outside_bootstrap_depends_on_bootstrap() {
        noClasses().that().resideOutsideOfPackage("com.numberinventory.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("com.numberinventory.bootstrap..")
                .check(classes);
    }

    @Test
    void modules_are_free_of_cycles() {
        slices().matching("com.numberinventory.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void application_packages_are_free_of_cycles() {
        // The domain is one model: aggregates return events that carry its value objects, so its packages know
        // each other on purpose. The application's ports, services and shared types must stay acyclic.
        slices().matching("com.numberinventory.application.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void adapters_are_free_of_cycles() {
        slices().matching("com.numberinventory.adapters.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void rest_never_returns_jpa_entities() {
        noClasses().that().resideInAPackage("com.numberinventory.adapters.rest..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("JpaEntity")
                .check(classes);
    }

    @Test
    void port_implementations_hold_panache_repositories_rather_than_being_one() {
        // A port implementation that is itself a Panache repository exposes findById(UUID), deleteAll() and the
        // rest beside the port's methods; it holds one by composition instead.
        DescribedPredicate<JavaClass> implementingAnOutPort = DescribedPredicate.describe(
                "implement an application.port.out interface",
                c -> c.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith("com.numberinventory.application.port.out")));
        noClasses().that(implementingAnOutPort)
                .should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .check(classes);
    }
}
