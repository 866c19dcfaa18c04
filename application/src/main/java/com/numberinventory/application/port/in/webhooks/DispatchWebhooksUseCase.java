package com.numberinventory.application.port.in.webhooks;

/** Send one batch of due deliveries; the scheduler calls this, and tests call it directly. */
public interface DispatchWebhooksUseCase {

    /** Claims up to one batch of due deliveries, sends them, records each outcome; returns how many were sent. */
    int dispatchDue();
}
