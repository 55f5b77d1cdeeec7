package com.applicationmanager.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The outbox table, one statement per batch. Inserts join the caller's transaction (the data source enlists the
 * connection in it); everything else runs as a single autocommit statement, so the relay never holds a
 * transaction or a row lock while it waits for the broker.
 */
@ApplicationScoped
class OutboxStore {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String insert;
    private final String claim;
    private final String delete;
    private final String release;
    private final String withdraw;

    OutboxStore(DataSource dataSource, ObjectMapper json, @ConfigProperty(name = "app.database-schema") String schema) {
        this.dataSource = dataSource;
        this.json = json;
        String outbox = schema + ".outbox";
        // ids come from a CTE read twice, so it is evaluated once: the ids answered are those inserted, in order
        this.insert = "with fresh as (select nextval('" + schema + ".outbox_seq') as id, m.* from unnest(?::uuid[], "
                + "?::text[], ?::text[], ?::text[]) with ordinality as m(application_id, routing_key, payload, trace, n)), "
                + "inserted as (insert into " + outbox + " (id, application_id, routing_key, payload, trace_headers, "
                + "created_at, lease_owner, lease_until) select id, application_id, routing_key, payload, trace::jsonb, "
                + "clock_timestamp(), ?, clock_timestamp() + ? * interval '1 millisecond' from fresh) "
                + "select id from fresh order by n";
        this.claim = "update " + outbox + " o set lease_owner = ?, lease_until = now() + ? * interval '1 millisecond' "
                + "where o.id in (select id from " + outbox + " where lease_until is null or lease_until < now() "
                + "order by id limit ? for update skip locked) "
                + "returning o.id, o.application_id, o.routing_key, o.payload, o.trace_headers::text";
        this.delete = "delete from " + outbox + " where id = any(?)";
        this.withdraw = "delete from " + outbox + " where id = any(?) returning payload";
        this.release = "update " + outbox + " set lease_owner = null, lease_until = null where id = any(?) and lease_owner = ?";
    }

    /**
     * Writes the messages in the caller's transaction, leased to {@code owner} for {@code lease} (unleased when
     * the owner is null, for any relay's poll), and answers their ids in the order of the messages.
     */
    List<Long> insert(List<PendingMessage> messages, UUID owner, Duration lease) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            int size = messages.size();
            UUID[] applications = new UUID[size];
            String[] routingKeys = new String[size];
            String[] payloads = new String[size];
            String[] traces = new String[size];
            for (int i = 0; i < size; i++) {
                PendingMessage message = messages.get(i);
                applications[i] = message.applicationId();
                routingKeys[i] = message.routingKey();
                payloads[i] = message.payload();
                traces[i] = message.traceHeaders() == null ? null : json.writeValueAsString(message.traceHeaders());
            }
            statement.setArray(1, connection.createArrayOf("uuid", applications));
            statement.setArray(2, connection.createArrayOf("text", routingKeys));
            statement.setArray(3, connection.createArrayOf("text", payloads));
            statement.setArray(4, connection.createArrayOf("text", traces));
            statement.setObject(5, owner, Types.OTHER);
            if (owner == null) {
                statement.setNull(6, Types.BIGINT);
            } else {
                statement.setLong(6, lease.toMillis());
            }
            List<Long> ids = new ArrayList<>(size);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + messages.size() + " outbox rows: " + e.getMessage(), e);
        }
    }

    /** Leases up to {@code limit} rows nobody holds (or whose lease ran out), oldest first. */
    List<LeasedMessage> claim(UUID owner, Duration lease, int limit) throws SQLException {
        long leaseEnds = System.nanoTime() + lease.toNanos();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(claim)) {
            statement.setObject(1, owner, Types.OTHER);
            statement.setLong(2, lease.toMillis());
            statement.setInt(3, limit);
            List<LeasedMessage> claimed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String trace = rows.getString(5);
                    PendingMessage message = new PendingMessage(rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), trace == null ? null : json.readValue(trace, HEADERS));
                    claimed.add(new LeasedMessage(rows.getLong(1), message, leaseEnds));
                }
            }
            claimed.sort(Comparator.comparingLong(LeasedMessage::id));
            return claimed;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable trace headers in the outbox: " + e.getMessage(), e);
        }
    }

    /** Deletes rows in the caller's transaction before anyone published them; answers their payloads. */
    List<String> withdraw(Collection<Long> ids) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(withdraw)) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot withdraw outbox rows: " + e.getMessage(), e);
        }
    }

    /** Removes rows the broker has confirmed, whoever holds them now: their message is safe either way. */
    void delete(Collection<Long> ids) throws SQLException {
        update(delete, ids, null);
    }

    /** Gives rows back for the next poll, unless another relay took them over meanwhile. */
    void release(Collection<Long> ids, UUID owner) throws SQLException {
        update(release, ids, owner);
    }

    private void update(String sql, Collection<Long> ids, UUID owner) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            if (owner != null) {
                statement.setObject(2, owner, Types.OTHER);
            }
            statement.executeUpdate();
        }
    }
}
