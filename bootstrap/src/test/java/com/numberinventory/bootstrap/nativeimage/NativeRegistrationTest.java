package com.numberinventory.bootstrap.nativeimage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a native executable needs registered, checked on the JVM where no native build can run. */
class NativeRegistrationTest {

    @Test
    void every_request_and_response_shape_is_registered_for_reflection() {
        Set<String> shapes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.numberinventory.adapters.rest.model").stream()
                .filter(c -> !c.isAnonymousClass() && !c.getSimpleName().isEmpty())
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = Arrays.stream(JsonShapes.class.getAnnotation(RegisterForReflection.class).targets())
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(shapes);
        missing.removeAll(registered);
        assertTrue(missing.isEmpty(), "add to JsonShapes' @RegisterForReflection targets: " + missing);
        assertEquals(shapes.size(), registered.size(), "JsonShapes registers types outside adapters.rest.model");
    }

    @Test
    void the_native_image_carries_libphonenumbers_metadata_and_initialises_it_at_run_time() throws IOException {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        String includes = config.getProperty("quarkus.native.resources.includes", "");
        assertTrue(includes.contains("com/google/i18n/phonenumbers/data/**"), includes);
        // The metadata is where the include points (a libphonenumber upgrade could move it).
        assertNotNull(getClass().getClassLoader()
                .getResource("com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_KE"));
        String buildArgs = config.getProperty("quarkus.native.additional-build-args", "");
        assertTrue(buildArgs.contains("--initialize-at-run-time=") && buildArgs.contains("com.google.i18n.phonenumbers")
                && buildArgs.contains("com.numberinventory.domain.number.E164"), buildArgs);
    }
}
