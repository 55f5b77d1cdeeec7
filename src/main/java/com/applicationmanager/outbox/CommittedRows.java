package com.applicationmanager.outbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

/**
 * The outbox rows one transaction wrote. When it commits, those leased to the relay go to it at once, with
 * everything needed to publish them: no poll and no second read of the rows.
 */
final class CommittedRows implements Synchronization {

    private final OutboxRelay relay;
    private final List<LeasedMessage> leased = new ArrayList<>();
    private final List<LeasedMessage> unleased = new ArrayList<>();

    CommittedRows(OutboxRelay relay) {
        this.relay = relay;
    }

    void add(List<PendingMessage> messages, List<Long> ids, long leaseEnds, boolean handedOff) {
        for (int i = 0; i < messages.size(); i++) {
            (handedOff ? leased : unleased).add(new LeasedMessage(ids.get(i), messages.get(i), leaseEnds));
        }
    }

    /** Forgets the rows of one application, which the transaction deletes again; answers their ids. */
    List<Long> remove(UUID applicationId) {
        List<Long> ids = new ArrayList<>();
        for (List<LeasedMessage> rows : List.of(leased, unleased)) {
            for (Iterator<LeasedMessage> it = rows.iterator(); it.hasNext();) {
                LeasedMessage row = it.next();
                if (row.message().applicationId().equals(applicationId)) {
                    ids.add(row.id());
                    it.remove();
                }
            }
        }
        return ids;
    }

    @Override
    public void beforeCompletion() {
        // nothing to add to the transaction
    }

    @Override
    public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED && !leased.isEmpty()) {
            relay.handOff(List.copyOf(leased));
        }
    }
}
