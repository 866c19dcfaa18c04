package com.numberinventory.bootstrap;

import com.numberinventory.bootstrap.database.EmbeddedPostgresLauncher;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Entry point: starts the embedded PostgreSQL when asked (local run), then the service. */
@QuarkusMain
public class NumberInventoryMain {

    public static void main(String... args) {
        EmbeddedPostgresLauncher.startIfAsked();
        Quarkus.run(args);
    }
}
