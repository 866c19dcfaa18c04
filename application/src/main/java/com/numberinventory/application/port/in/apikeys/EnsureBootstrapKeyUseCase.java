package com.numberinventory.application.port.in.apikeys;

/** Stores (the hash of) the configured first admin key, once; later starts find it and do nothing. */
public interface EnsureBootstrapKeyUseCase {

    /** Returns true when the key was stored now, false when it was already there. */
    boolean ensureAdminKey(String plaintext);
}
