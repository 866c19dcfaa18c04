package com.numberinventory.application.port.out.shared;

import java.util.Objects;

/**
 * Who is acting in the current unit of work: the API key of the request being served, the provider whose webhook
 * delivery is being applied, or the system (the timers and everything else that runs without a request). The
 * event log records it on every event it appends.
 */
public interface CurrentActor {

    Actor current();

    /**
     * Runs the work with {@code actor} as the current actor on this thread (a bulk job applies its numbers as the
     * key that created it). The default, for actors that cannot be overridden, just runs it.
     */
    default <T> T actingAs(Actor actor, java.util.function.Supplier<T> work) {
        return work.get();
    }

    /** An actor as the event envelope shows it: {@code {"type": "api_key", "id": "..."}}. */
    record Actor(String type, String id) {

        public static final Actor SYSTEM = new Actor("system", "lifecycle");

        public Actor {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }

        public static Actor apiKey(String keyId) {
            return new Actor("api_key", keyId);
        }

        public static Actor provider(String providerId) {
            return new Actor("provider", providerId);
        }
    }

    /** For callers with no request at all (tests, tools). */
    CurrentActor SYSTEM = () -> Actor.SYSTEM;
}
