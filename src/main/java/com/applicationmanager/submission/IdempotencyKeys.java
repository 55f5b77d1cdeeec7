package com.applicationmanager.submission;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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
 * The Idempotency-Key table. A key is claimed by inserting first, inside the submission's transaction:
 * a concurrent request with the same key blocks on the primary key until the first transaction ends, then
 * finds its row. No check-then-insert race, and a failed submission leaves no claim behind. A batch claims all
 * its keys with one insert, in key order, so that two batches waiting on each other's keys cannot deadlock.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** An earlier request's claim on a key. */
    public record Claim(byte[] requestHash, UUID applicationId) {
    }

    /** A key one submission of a batch claims for its new application. */
    record Wanted(UUID clientId, String key, byte[] requestHash, UUID applicationId) {
    }

    /** The claim a wanted key found: null when it is now claimed for the new application. */
    record Found(Claim earlier) {
    }

    private final EntityManager em;
    private final DataSource dataSource;
    private final String claimAll;
    private final String findAll;

    public IdempotencyKeys(EntityManager em, DataSource dataSource, @ConfigProperty(name = "app.database-schema") String schema) {
        this.em = em;
        this.dataSource = dataSource;
        this.claimAll = "insert into " + schema + ".idempotency_key (client_id, idempotency_key, request_hash, "
                + "application_id, created_at) select c, k, decode(h, 'hex'), a, now() from unnest(?::uuid[], ?::text[], "
                + "?::text[], ?::uuid[]) as w(c, k, h, a) on conflict do nothing returning client_id, idempotency_key";
        this.findAll = "select client_id, idempotency_key, request_hash, application_id from " + schema
                + ".idempotency_key where (client_id, idempotency_key) in (select * from unnest(?::uuid[], ?::text[]))";
    }

    /**
     * Claims every key with one statement. Keys must be distinct and sorted (the lock order).
     *
     * @return per wanted key, in order: {@code Found(null)} when claimed now, the earlier claim when taken, or null
     *         when the earlier claim was purged between the insert and the read (try again)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Found> claimAll(List<Wanted> wanted) {
        int size = wanted.size();
        UUID[] clients = new UUID[size];
        String[] keys = new String[size];
        String[] hashes = new String[size];
        UUID[] applications = new UUID[size];
        for (int i = 0; i < size; i++) {
            clients[i] = wanted.get(i).clientId();
            keys[i] = wanted.get(i).key();
            hashes[i] = HexFormat.of().formatHex(wanted.get(i).requestHash());
            applications[i] = wanted.get(i).applicationId();
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Found> found = new HashMap<>();
            try (PreparedStatement insert = connection.prepareStatement(claimAll)) {
                insert.setArray(1, connection.createArrayOf("uuid", clients));
                insert.setArray(2, connection.createArrayOf("text", keys));
                insert.setArray(3, connection.createArrayOf("text", hashes));
                insert.setArray(4, connection.createArrayOf("uuid", applications));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        found.put(rows.getObject(1, UUID.class) + " " + rows.getString(2), new Found(null));
                    }
                }
            }
            if (found.size() < size) {
                try (PreparedStatement select = connection.prepareStatement(findAll)) {
                    select.setArray(1, connection.createArrayOf("uuid", clients));
                    select.setArray(2, connection.createArrayOf("text", keys));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.putIfAbsent(rows.getObject(1, UUID.class) + " " + rows.getString(2),
                                    new Found(new Claim(rows.getBytes(3), rows.getObject(4, UUID.class))));
                        }
                    }
                }
            }
            List<Found> answers = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                answers.add(found.get(clients[i] + " " + keys[i]));
            }
            return answers;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim " + size + " Idempotency-Keys: " + e.getMessage(), e);
        }
    }

    /** The claim on a key, if any: a refused request may still be a retry of an accepted one. */
    @Transactional
    public Optional<Claim> find(UUID clientId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("""
                select request_hash, application_id from {h-schema}idempotency_key
                where client_id = :client and idempotency_key = :key""")
                .setParameter("client", clientId).setParameter("key", key).getResultList();
        return earlier.stream().findFirst().map(row -> new Claim((byte[]) row[0], (UUID) row[1]));
    }

    /** @return empty when the key is now claimed for {@code applicationId}, else the earlier claim */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> claim(UUID clientId, String key, byte[] requestHash, UUID applicationId) {
        // two tries: the earlier row may be purged between our insert and our read
        for (int attempt = 0; attempt < 2; attempt++) {
            int inserted = em.createNativeQuery("""
                    insert into {h-schema}idempotency_key (client_id, idempotency_key, request_hash, application_id, created_at)
                    values (:client, :key, :hash, :application, :now) on conflict do nothing""")
                    .setParameter("client", clientId).setParameter("key", key).setParameter("hash", requestHash)
                    .setParameter("application", applicationId).setParameter("now", Instant.now())
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<Claim> earlier = find(clientId, key);
            if (earlier.isPresent()) {
                return earlier;
            }
        }
        throw new IllegalStateException("Idempotency-Key neither claimable nor claimed");
    }

    /** Forgets keys older than the retention. */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return em.createNativeQuery("delete from {h-schema}idempotency_key where created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
