package com.applicationmanager.posting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Postings as they stand now, many at a time, for the worker's screening: one query reads the versions of the
 * postings asked for, and only a posting that changed since this process last read it (or that it never read) is
 * loaded again. Exact rather than a cache with a time to live: a change committed before the query is seen.
 * The version query is plain SQL: through the ORM, its list parameters cost a query translation per batch.
 */
@ApplicationScoped
public class CurrentPostings {

    private static final int MAX_REMEMBERED = 10_000;

    private final DataSource dataSource;
    private final String versions;
    private final Map<JobPosting.Key, PostingCriteria> read = new ConcurrentHashMap<>();

    CurrentPostings(DataSource dataSource, @ConfigProperty(name = "app.database-schema") String schema) {
        this.dataSource = dataSource;
        this.versions = "select p.tenant, p.id, p.version from " + schema + ".job_posting p "
                + "join unnest(?::text[], ?::text[]) as k(tenant, id) on p.tenant = k.tenant and p.id = k.id";
    }

    /** @return the postings that exist among {@code keys}; a key with no posting is absent */
    public Map<JobPosting.Key, PostingCriteria> of(Collection<JobPosting.Key> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<JobPosting.Key, Long> current = versionsOf(keys);
        Map<JobPosting.Key, PostingCriteria> postings = new HashMap<>();
        current.forEach((key, version) -> {
            PostingCriteria known = read.get(key);
            if (known != null && known.revision() == version) {
                postings.put(key, known);
            }
        });
        List<JobPosting.Key> changed = current.keySet().stream().filter(key -> !postings.containsKey(key)).toList();
        if (!changed.isEmpty()) {
            if (read.size() + changed.size() > MAX_REMEMBERED) {
                read.clear();
            }
            // tenants times ids may name postings nobody asked for: those are remembered, not answered
            QuarkusTransaction.requiringNew().call(() -> JobPosting.<JobPosting>find("tenant in ?1 and id in ?2",
                    changed.stream().map(JobPosting.Key::tenant).distinct().toList(),
                    changed.stream().map(JobPosting.Key::id).distinct().toList())
                    .withHint(HibernateHints.HINT_READ_ONLY, true).list())
                    .forEach(posting -> {
                        JobPosting.Key key = new JobPosting.Key(posting.tenant, posting.id);
                        PostingCriteria criteria = PostingCriteria.of(posting);
                        read.put(key, criteria);
                        if (current.containsKey(key)) {
                            postings.put(key, criteria);
                        }
                    });
        }
        return postings;
    }

    private Map<JobPosting.Key, Long> versionsOf(Collection<JobPosting.Key> keys) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(versions)) {
            statement.setArray(1, connection.createArrayOf("text", keys.stream().map(JobPosting.Key::tenant).toArray()));
            statement.setArray(2, connection.createArrayOf("text", keys.stream().map(JobPosting.Key::id).toArray()));
            Map<JobPosting.Key, Long> found = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(new JobPosting.Key(rows.getString(1), rows.getString(2)), rows.getLong(3));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the versions of " + keys.size() + " postings", e);
        }
    }
}
