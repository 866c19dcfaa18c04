package com.numberinventory.application.port.out.numbers;

import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;

import java.util.List;
import java.util.Optional;

/** Reads per-number 10DLC messaging state; it is written by {@link PhoneNumbers#save} with its event. */
public interface LineMessagings {

    Optional<LineMessaging> find(NumberId numberId);

    /** The stored states of these numbers (numbers never on a campaign are absent). */
    java.util.Map<NumberId, LineMessaging> findAll(java.util.Collection<NumberId> numberIds);

    /** The numbers currently attached to (or failed on) the campaign. */
    List<NumberId> onCampaign(String campaignId);
}
