package com.numberinventory.application.port.in.campaigns;

import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;

/** Reads a number's 10DLC messaging state ({@code none} when it was never on a campaign). */
public interface NumberMessagingQueries {

    LineMessaging messagingOf(NumberId numberId);

    /** The state of each of these numbers, {@code none} for those never on a campaign. */
    java.util.Map<NumberId, LineMessaging> messagingOf(java.util.Collection<NumberId> numberIds);
}
