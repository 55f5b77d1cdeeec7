package com.applicationmanager.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;

import com.applicationmanager.posting.JobPosting;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Tells {@link OpenPostings} when a posting row is written, from outside the posting feature: Hibernate reports
 * every flush of a {@link JobPosting}, and the cache forgets the posting once that transaction has ended (before
 * it, a read would still see the old row).
 */
@PersistenceUnitExtension
@ApplicationScoped
public class PostingChanges implements Interceptor {

    private final OpenPostings openPostings;
    private final TransactionSynchronizationRegistry transactions;

    public PostingChanges(OpenPostings openPostings, TransactionSynchronizationRegistry transactions) {
        this.openPostings = openPostings;
        this.transactions = transactions;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        changed(entity, id);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        changed(entity, id);
    }

    private void changed(Object entity, Object id) {
        if (!(entity instanceof JobPosting posting)) {
            return;
        }
        String tenant = posting.tenant;
        String postingId = posting.id;
        openPostings.forget(tenant, postingId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the row is not visible to others yet
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    openPostings.forget(tenant, postingId);
                }
            }
        });
    }
}
