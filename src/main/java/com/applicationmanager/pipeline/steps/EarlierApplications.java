package com.applicationmanager.pipeline.steps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the first earlier application of the same candidate to the same posting of the same tenant within
 * a window before this one (index application_dedupe_idx); another tenant's applications never count, so
 * a result names no id the tenant could not see. "Earlier" is by submission time, then id, so of two applications
 * processed at the same moment only the later one is the duplicate. Applications that were withdrawn or
 * ended in the dead-letter queue do not count: applying again after those is not a duplicate.
 */
@ApplicationScoped
public class EarlierApplications {

    private final EntityManager em;
    private final DataSource dataSource;
    private final String schema;

    public EarlierApplications(EntityManager em, DataSource dataSource,
            @ConfigProperty(name = "app.database-schema") String schema) {
        this.em = em;
        this.dataSource = dataSource;
        this.schema = schema;
    }

    @Transactional
    public Optional<UUID> firstWithin(UUID applicationId, String normalisedEmail, Duration window) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select e.id from {h-schema}application e "
                + "join {h-schema}application me on me.id = ?1 "
                + "where e.tenant = me.tenant and e.job_posting_id = me.job_posting_id and lower(e.email) = ?2 "
                + "and e.submitted_at >= me.submitted_at - ?3 * interval '1 millisecond' "
                + "and (e.submitted_at < me.submitted_at or (e.submitted_at = me.submitted_at and e.id < me.id)) "
                + "and e.status not in ('WITHDRAWN', 'FAILED', 'EXPIRED') "
                + "order by e.submitted_at, e.id limit 1", UUID.class)
                .setParameter(1, applicationId)
                .setParameter(2, normalisedEmail)
                .setParameter(3, window.toMillis())
                .getResultList();
        return ids.stream().findFirst();
    }

    /**
     * {@link #firstWithin} for many applications in one query, each compared only with its own tenant's.
     *
     * @param normalisedEmails by application id
     * @return the earlier application's id, for those that have one
     */
    @Transactional
    public Map<UUID, UUID> firstWithinAll(Map<UUID, String> normalisedEmails, Duration window) {
        UUID[] ids = normalisedEmails.keySet().toArray(UUID[]::new);
        String[] emails = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            emails[i] = normalisedEmails.get(ids[i]);
        }
        String sql = "select me.id, (select e.id from " + schema + ".application e "
                + "where e.tenant = me.tenant and e.job_posting_id = me.job_posting_id and lower(e.email) = c.email "
                + "and e.submitted_at >= me.submitted_at - ? * interval '1 millisecond' "
                + "and (e.submitted_at < me.submitted_at or (e.submitted_at = me.submitted_at and e.id < me.id)) "
                + "and e.status not in ('WITHDRAWN', 'FAILED', 'EXPIRED') "
                + "order by e.submitted_at, e.id limit 1) "
                + "from unnest(?::uuid[], ?::text[]) as c(id, email) join " + schema + ".application me on me.id = c.id";
        Map<UUID, UUID> earlier = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, window.toMillis());
            query.setArray(2, connection.createArrayOf("uuid", ids));
            query.setArray(3, connection.createArrayOf("text", emails));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID first = rows.getObject(2, UUID.class);
                    if (first != null) {
                        earlier.put(rows.getObject(1, UUID.class), first);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("duplicate lookup failed: " + e.getMessage(), e);
        }
        return earlier;
    }
}
