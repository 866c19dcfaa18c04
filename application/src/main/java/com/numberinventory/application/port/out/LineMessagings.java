package com.numberinventory.application.port.out;

import com.numberinventory.domain.number.LineMessaging;
import com.numberinventory.domain.number.NumberId;

import java.util.List;
import java.util.Optional;

/** Stored per-number 10DLC messaging state. */
public interface LineMessagings {

    Optional<LineMessaging> find(NumberId numberId);

    void save(LineMessaging messaging);

    /** The numbers currently attached to (or failed on) the campaign. */
    List<NumberId> onCampaign(String campaignId);
}
