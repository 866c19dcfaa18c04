package com.numberinventory.application.port.in.providers;

import com.numberinventory.domain.provider.Provider;
import com.numberinventory.domain.provider.ProviderKind;

import java.util.Objects;

/** Registers an upstream carrier account. */
public interface RegisterProviderUseCase {

    record RegisterProviderCommand(String name, ProviderKind kind) {
        public RegisterProviderCommand {
            name = Provider.requireName(name);
            Objects.requireNonNull(kind, "kind");
        }
    }

    Provider register(RegisterProviderCommand command);
}
