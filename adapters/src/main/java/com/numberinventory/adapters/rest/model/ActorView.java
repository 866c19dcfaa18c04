package com.numberinventory.adapters.rest.model;

import com.numberinventory.application.port.in.numbers.ActorRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who did something, in the shape of an event's {@code actor}: the document's {@code EventActor} schema (declared
 * with the event envelope, which replaces this one).
 */
@Schema(name = "EventActor")
public record ActorView(@Schema(example = "api_key", enumeration = {"api_key", "provider", "system"}) String type,
                        @Schema(example = "lifecycle") String id) {

    public static ActorView of(ActorRef actor) {
        return actor == null ? null : new ActorView(actor.type(), actor.id());
    }
}
