package com.numberinventory.bootstrap.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A test profile that only overrides configuration: a subclass hands its overrides to the constructor. */
public abstract class ConfigOverrides implements QuarkusTestProfile {

    private final Map<String, String> overrides;

    protected ConfigOverrides(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
