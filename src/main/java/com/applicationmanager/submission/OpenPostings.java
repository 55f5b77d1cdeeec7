package com.applicationmanager.submission;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.posting.JobPostings;

/**
 * The intake's view of which postings take applications, so that a submission asks the database only once per
 * posting and {@code app.submission.posting-cache-ttl}. Only "open" is remembered: a refusal always asks again.
 * A change to a posting through this process forgets it when that transaction ends ({@link PostingChanges});
 * one made through another replica is seen here within the TTL.
 */
@ApplicationScoped
public class OpenPostings {

    private static final int MAX_REMEMBERED = 10_000;

    /** Postings are tenant-owned: the same id under another tenant is another posting. */
    private record Key(String tenant, String postingId) {
    }

    private final JobPostings postings;
    private final long ttlNanos;
    private final Map<Key, Long> openUntil = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    public OpenPostings(JobPostings postings, SubmissionConfig config) {
        this.postings = postings;
        this.ttlNanos = config.postingCacheTtl().toNanos();
    }

    /** @throws com.applicationmanager.posting.PostingProblems.PostingNotOpen when it does not exist or is closed */
    public void requireOpen(ClientPrincipal client, String postingId) {
        Key key = new Key(client.tenant(), postingId);
        long now = System.nanoTime();
        Long until = openUntil.get(key);
        if (until != null && until - now > 0) {
            return;
        }
        long changesBefore = changes.get();
        try {
            postings.requireOpen(client.tenant(), postingId);
        } catch (PersistenceException e) {
            throw new SubmissionProblems.SubmissionsUnavailable("The database did not say whether the posting is open");
        }
        if (openUntil.size() >= MAX_REMEMBERED) {
            openUntil.clear();
        }
        openUntil.put(key, now + ttlNanos);
        if (changes.get() != changesBefore) {
            openUntil.remove(key); // a change ended while we read: what we read may be older than it
        }
    }

    /** A posting changed (closed, edited, removed): ask the database next time. */
    void forget(String tenant, String postingId) {
        changes.incrementAndGet();
        openUntil.remove(new Key(tenant, postingId));
    }
}
