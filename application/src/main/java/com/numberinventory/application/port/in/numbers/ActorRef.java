package com.numberinventory.application.port.in.numbers;

import com.numberinventory.application.port.out.shared.CurrentActor;

/**
 * Who did something, as the reads show it (a rental's opener and closer, a provider delivery's outcome): the
 * {@link CurrentActor.Actor} recorded when it happened.
 */
public record ActorRef(String type, String id) {

    public static ActorRef of(CurrentActor.Actor actor) {
        return actor == null ? null : new ActorRef(actor.type(), actor.id());
    }
}
