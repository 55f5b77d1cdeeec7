package com.applicationmanager.admin;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Empties one of our queues, only when the request names that queue a second time as its confirmation. Messages a
 * consumer holds unacknowledged at that moment are not purged (the broker's rule) and are processed as usual.
 * The applications' statuses are left as they were: the audit entry records what was thrown away.
 */
@ApplicationScoped
public class QueuePurge {

    private final AdminBroker broker;
    private final DeadLetterLock lock;

    public QueuePurge(AdminBroker broker, DeadLetterLock lock) {
        this.broker = broker;
        this.lock = lock;
    }

    /** @return how many messages were removed */
    public int purge(String queue) {
        return lock.exclusively(queue, () -> broker.withChannel(channel -> channel.queuePurge(queue).getMessageCount()));
    }
}
