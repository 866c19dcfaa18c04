package com.numberinventory.adapters.persistence.shared;

import com.numberinventory.application.port.out.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/** Transactions through JTA: joins the caller's transaction when there is one, else starts one. */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
