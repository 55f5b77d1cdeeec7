package com.applicationmanager.posting;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

/**
 * Postings as they stand now, many at a time, for the worker's screening: one query reads the versions of the
 * postings asked for, and only a posting that changed since this process last read it (or that it never read) is
 * loaded again. Exact rather than a cache with a time to live: a change committed before the query is seen.
 */
@ApplicationScoped
public class CurrentPostings {

    private static final int MAX_REMEMBERED = 10_000;

    private final Map<JobPosting.Key, PostingView> read = new ConcurrentHashMap<>();

    /** @return the postings that exist among {@code keys}; a key with no posting is absent */
    @Transactional
    public Map<JobPosting.Key, PostingView> of(Collection<JobPosting.Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Set<String> tenants = keys.stream().map(JobPosting.Key::tenant).collect(Collectors.toSet());
        Set<String> ids = keys.stream().map(JobPosting.Key::id).collect(Collectors.toSet());
        // tenants times ids may name postings nobody asked for: only the keys asked are kept
        Map<JobPosting.Key, Long> versions = new HashMap<>();
        JobPosting.getEntityManager()
                .createQuery("select p.tenant, p.id, p.version from JobPosting p where p.tenant in ?1 and p.id in ?2",
                        Object[].class)
                .setParameter(1, tenants).setParameter(2, ids).getResultList().forEach(row -> {
                    JobPosting.Key key = new JobPosting.Key((String) row[0], (String) row[1]);
                    if (keys.contains(key)) {
                        versions.put(key, (Long) row[2]);
                    }
                });
        List<JobPosting.Key> changed = versions.entrySet().stream().filter(e -> {
            PostingView known = read.get(e.getKey());
            return known == null || known.revision() != e.getValue();
        }).map(Map.Entry::getKey).toList();
        if (!changed.isEmpty()) {
            if (read.size() + changed.size() > MAX_REMEMBERED) {
                read.clear();
            }
            JobPosting.<JobPosting>find("tenant in ?1 and id in ?2", changed.stream().map(JobPosting.Key::tenant).toList(),
                    changed.stream().map(JobPosting.Key::id).toList())
                    .withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                    .forEach(posting -> read.put(new JobPosting.Key(posting.tenant, posting.id), PostingView.of(posting)));
        }
        Map<JobPosting.Key, PostingView> current = new HashMap<>();
        versions.keySet().forEach(key -> {
            PostingView posting = read.get(key);
            if (posting != null) {
                current.put(key, posting);
            }
        });
        return current;
    }
}
