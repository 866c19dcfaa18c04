package com.numberinventory.adapters.webhooks;

/** An authenticated delivery whose body is not what the provider documents: answered 400, nothing applied. */
public class BadDelivery extends RuntimeException {
    public BadDelivery(String message) {
        super(message);
    }
}
