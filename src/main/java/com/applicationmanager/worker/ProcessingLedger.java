package com.applicationmanager.worker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.CompletionMessage;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.IllegalTransitionException;
import com.applicationmanager.tracking.JobApplication;
import com.applicationmanager.tracking.StatusChange;
import com.applicationmanager.tracking.StatusChanged;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The worker's reads and writes, a batch at a time: one statement serves every application of the batch
 * (arrays bound to {@code any(?)} and {@code unnest}), and no transaction spans a step's run except the one
 * that holds the batch's rows while a step with side effects runs (so a withdrawal is either seen before the
 * effect or waits until it is recorded). Timeline rows written here are announced as {@link StatusChanged}
 * like the ones the entities write. The circuit breaker turns a database outage into fast
 * {@code CircuitBreakerOpenException}s, which the consumer answers by waiting in a retry queue.
 */
@ApplicationScoped
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 3000,
        skipOn = { PermanentFailure.class, IllegalTransitionException.class })
public class ProcessingLedger {

    private static final String NOT_FINAL = "('COMPLETED', 'FAILED', 'EXPIRED', 'WITHDRAWN')";
    private static final TypeReference<Map<String, Object>> OUTPUT = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<StatusChanged> changes;
    private final String schema;

    public ProcessingLedger(DataSource dataSource, EntityManager em, ObjectMapper json, Event<StatusChanged> changes,
            @ConfigProperty(name = "app.database-schema") String schema) {
        this.dataSource = dataSource;
        this.em = em;
        this.json = json;
        this.changes = changes;
        this.schema = schema;
    }

    /** What one step produced. */
    public record StepOutput(UUID applicationId, String step, Map<String, Object> output) {
    }

    /** One application to claim: its attempt, and whether the attempt is announced on the timeline. */
    public record ClaimRequest(UUID id, int attempt, boolean announce) {
    }

    /**
     * The batch's claim: the applications now held, with their recorded step outputs, and for the others
     * their status ({@code null}: not stored). A non-final status there means another delivery holds it.
     */
    public record Claim(Map<UUID, ApplicationSnapshot> held, Map<UUID, ApplicationStatus> others) {
    }

    /**
     * Claims every application of the batch that is not final and not held by a live claim, in one update,
     * and moves it to PROCESSING. Two deliveries of one application can never both hold it.
     */
    @Transactional
    public Claim claim(List<ClaimRequest> requests, String holder, Duration lease) {
        Instant now = StatusChange.now();
        Map<UUID, ApplicationSnapshot> held = new LinkedHashMap<>();
        Map<UUID, Integer> attempts = new HashMap<>();
        requests.forEach(request -> attempts.putIfAbsent(request.id(), request.attempt()));
        UUID[] ids = attempts.keySet().toArray(UUID[]::new);
        Integer[] attemptOf = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            attemptOf[i] = attempts.get(ids[i]);
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update " + schema + ".application a "
                    + "set status = 'PROCESSING', attempts = c.attempt, claimed_by = ?, claimed_until = ?, "
                    + "updated_at = ?, version = a.version + 1 "
                    + "from unnest(?::uuid[], ?::int[]) as c(id, attempt) "
                    + "where a.id = c.id and a.status not in " + NOT_FINAL + " "
                    + "and (a.claimed_until is null or a.claimed_until < ?) "
                    + "returning a.id, a.type, a.tenant, a.candidate_name, a.email, a.phone, a.job_posting_id, "
                    + "a.resume_text, a.resume_url, a.cover_letter, cast(a.screening_answers as text), a.attempts")) {
                update.setString(1, holder);
                update.setTimestamp(2, Timestamp.from(now.plus(lease)));
                update.setTimestamp(3, Timestamp.from(now));
                update.setArray(4, connection.createArrayOf("uuid", ids));
                update.setArray(5, connection.createArrayOf("integer", attemptOf));
                update.setTimestamp(6, Timestamp.from(now));
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        String answers = rows.getString(11);
                        held.put(id, new ApplicationSnapshot(id, rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getString(9), rows.getString(10), answers == null ? null : read(answers, ANSWERS),
                                rows.getInt(12), Map.of()));
                    }
                }
            }
            Map<UUID, ApplicationStatus> others = new HashMap<>();
            List<UUID> missing = attempts.keySet().stream().filter(id -> !held.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(id -> others.put(id, null));
                try (PreparedStatement select = connection.prepareStatement(
                        "select id, status from " + schema + ".application where id = any(?)")) {
                    select.setArray(1, connection.createArrayOf("uuid", missing.toArray()));
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            others.put(rows.getObject(1, UUID.class), ApplicationStatus.valueOf(rows.getString(2)));
                        }
                    }
                }
            }
            if (held.isEmpty()) {
                return new Claim(held, others);
            }
            Map<UUID, Map<String, Map<String, Object>>> outputs = stepOutputs(connection, held.keySet());
            held.replaceAll((id, a) -> a.withStepOutputs(outputs.getOrDefault(id, Map.of())));
            List<ApplicationSnapshot> announced = requests.stream().filter(ClaimRequest::announce)
                    .map(request -> held.get(request.id())).filter(a -> a != null).distinct().toList();
            timeline(connection, announced, ApplicationStatus.PROCESSING, a -> "attempt " + a.attempt(), now);
            return new Claim(held, others);
        } catch (SQLException e) {
            throw new IllegalStateException("claiming a batch failed: " + e.getMessage(), e);
        }
    }

    /**
     * Locks the applications still held by {@code holder} and not withdrawn, until the caller's transaction
     * ends: run inside it the step with side effects, then {@link #record} and {@link #complete}.
     */
    @Transactional(TxType.MANDATORY)
    public Set<UUID> lockHeld(Collection<UUID> ids, String holder) {
        Set<UUID> locked = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from " + schema + ".application "
                        + "where id = any(?) and status = 'PROCESSING' and claimed_by = ? for update")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            select.setString(2, holder);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    locked.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("locking a batch failed: " + e.getMessage(), e);
        }
        return locked;
    }

    /** Stores step outputs in one statement; a second record of the same step is ignored. */
    @Transactional(TxType.MANDATORY)
    public void record(List<StepOutput> outputs) {
        if (outputs.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[outputs.size()];
        String[] steps = new String[outputs.size()];
        String[] values = new String[outputs.size()];
        for (int i = 0; i < outputs.size(); i++) {
            ids[i] = outputs.get(i).applicationId();
            steps[i] = outputs.get(i).step();
            values[i] = write(outputs.get(i).output());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".step_result "
                        + "(application_id, step, output, completed_at) "
                        + "select id, step, cast(output as jsonb), ? from unnest(?::uuid[], ?::text[], ?::text[]) "
                        + "as s(id, step, output) on conflict do nothing")) {
            insert.setTimestamp(1, Timestamp.from(StatusChange.now()));
            insert.setArray(2, connection.createArrayOf("uuid", ids));
            insert.setArray(3, connection.createArrayOf("text", steps));
            insert.setArray(4, connection.createArrayOf("text", values));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording step outputs failed: " + e.getMessage(), e);
        }
    }

    /**
     * Completes the applications still held by {@code holder}, each with the union of its steps' outputs, and
     * appends their COMPLETED timeline rows; all in one statement each. With {@code keepClaims} the holder keeps
     * them until their messages are out ({@link #sent}), so no other delivery sends those meanwhile.
     *
     * @return the ids completed (the others were withdrawn meanwhile, or their claim was lost)
     */
    @Transactional(TxType.MANDATORY)
    public Set<UUID> complete(Collection<ApplicationSnapshot> applications, String holder, boolean keepClaims) {
        Set<UUID> completed = new HashSet<>();
        if (applications.isEmpty()) {
            return completed;
        }
        Instant now = StatusChange.now();
        List<ApplicationSnapshot> list = List.copyOf(applications);
        UUID[] ids = new UUID[list.size()];
        String[] results = new String[list.size()];
        for (int i = 0; i < list.size(); i++) {
            ids[i] = list.get(i).id();
            Map<String, Object> result = new LinkedHashMap<>();
            list.get(i).stepOutputs().values().forEach(result::putAll);
            results[i] = write(result);
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update " + schema + ".application a "
                    + "set status = 'COMPLETED', result = cast(c.result as jsonb), "
                    // kept while the application's unsent messages go out (see sent)
                    + (keepClaims ? "" : "claimed_by = null, claimed_until = null, ")
                    + "updated_at = ?, version = a.version + 1 "
                    + "from unnest(?::uuid[], ?::text[]) as c(id, result) "
                    + "where a.id = c.id and a.status = 'PROCESSING' and a.claimed_by = ? returning a.id")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setArray(2, connection.createArrayOf("uuid", ids));
                update.setArray(3, connection.createArrayOf("text", results));
                update.setString(4, holder);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        completed.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            timeline(connection, list.stream().filter(a -> completed.contains(a.id())).toList(),
                    ApplicationStatus.COMPLETED, a -> "all steps done", now);
        } catch (SQLException e) {
            throw new IllegalStateException("completing a batch failed: " + e.getMessage(), e);
        }
        return completed;
    }

    /**
     * Gives up the claims of a batch's failed applications, so that their next delivery can take them at once;
     * {@code waiting} ones (an outage, retried without a new timeline entry) go back to RETRYING quietly.
     */
    @Transactional
    public void release(Collection<UUID> failed, Collection<UUID> waiting, String holder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update " + schema + ".application "
                        + "set claimed_by = null, claimed_until = null, version = version + 1, status = case when id = any(?) "
                        + "and status = 'PROCESSING' then 'RETRYING' else status end "
                        + "where id = any(?) and claimed_by = ?")) {
            List<UUID> all = new ArrayList<>(failed);
            all.addAll(waiting);
            if (all.isEmpty()) {
                return;
            }
            update.setArray(1, connection.createArrayOf("uuid", waiting.toArray()));
            update.setArray(2, connection.createArrayOf("uuid", all.toArray()));
            update.setString(3, holder);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("releasing claims failed: " + e.getMessage(), e);
        }
    }

    /** An application's message that goes out after the commit, from the step that made it. */
    public record Unsent(String step, CompletionMessage.Outgoing message) {
    }

    /** Stores messages to publish once the caller's transaction (the one completing their applications) commits. */
    @Transactional(TxType.MANDATORY)
    public void unsent(List<Unsent> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        String[] ids = new String[n];
        UUID[] applications = new UUID[n];
        String[] steps = new String[n];
        String[] bodies = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = messages.get(i).message().messageId();
            applications[i] = messages.get(i).message().applicationId();
            steps[i] = messages.get(i).step();
            bodies[i] = messages.get(i).message().body();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".unsent_message "
                        + "(message_id, application_id, step, body, created_at) "
                        + "select m, a, s, b, ? from unnest(?::text[], ?::uuid[], ?::text[], ?::text[]) as u(m, a, s, b) "
                        + "on conflict do nothing")) {
            insert.setTimestamp(1, Timestamp.from(StatusChange.now()));
            insert.setArray(2, connection.createArrayOf("text", ids));
            insert.setArray(3, connection.createArrayOf("uuid", applications));
            insert.setArray(4, connection.createArrayOf("text", steps));
            insert.setArray(5, connection.createArrayOf("text", bodies));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing unsent messages failed: " + e.getMessage(), e);
        }
    }

    /**
     * Claims completed applications that still have unsent messages and no live claim (their sender crashed or
     * its confirm failed), and returns those messages: this holder sends them now.
     */
    @Transactional
    public List<Unsent> claimUnsent(Collection<UUID> completed, String holder, Duration lease) {
        Instant now = StatusChange.now();
        List<Unsent> unsent = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement("with taken as (update " + schema + ".application a "
                        + "set claimed_by = ?, claimed_until = ? where a.id = any(?) and a.status = 'COMPLETED' "
                        + "and (a.claimed_until is null or a.claimed_until < ?) "
                        + "and exists (select 1 from " + schema + ".unsent_message u where u.application_id = a.id) "
                        + "returning a.id) select u.step, u.application_id, u.message_id, u.body from " + schema
                        + ".unsent_message u join taken t on t.id = u.application_id")) {
            claim.setString(1, holder);
            claim.setTimestamp(2, Timestamp.from(now.plus(lease)));
            claim.setArray(3, connection.createArrayOf("uuid", completed.toArray()));
            claim.setTimestamp(4, Timestamp.from(now));
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    unsent.add(new Unsent(rows.getString(1), new CompletionMessage.Outgoing(
                            rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming unsent messages failed: " + e.getMessage(), e);
        }
        return unsent;
    }

    /** Deletes the confirmed messages and gives up the holder's claims of their applications, in one statement. */
    @Transactional
    public void sent(Collection<String> confirmed, Collection<UUID> applications, String holder) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("with gone as (delete from " + schema
                        + ".unsent_message where message_id = any(?)) update " + schema + ".application "
                        + "set claimed_by = null, claimed_until = null where id = any(?) and claimed_by = ?")) {
            update.setArray(1, connection.createArrayOf("text", confirmed.toArray()));
            update.setArray(2, connection.createArrayOf("uuid", applications.toArray()));
            update.setString(3, holder);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording sent messages failed: " + e.getMessage(), e);
        }
    }

    /**
     * Gives up every claim of the given holders (batches whose own release failed), quietly back to RETRYING,
     * and deletes the stored copies of messages confirmed meanwhile.
     */
    @Transactional
    public void releaseAll(Collection<String> holders, Collection<String> sentMessages) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("with gone as (delete from " + schema
                        + ".unsent_message where message_id = any(?)) update " + schema + ".application "
                        + "set claimed_by = null, claimed_until = null, version = version + 1, "
                        + "status = case when status = 'PROCESSING' then 'RETRYING' else status end "
                        + "where claimed_by = any(?)")) {
            update.setArray(1, connection.createArrayOf("text", sentMessages.toArray()));
            update.setArray(2, connection.createArrayOf("text", holders.toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("releasing abandoned claims failed: " + e.getMessage(), e);
        }
    }

    /** Records a failed attempt on the timeline; the claim stays until {@link #release}. */
    @Transactional
    public void retrying(UUID id, String step, int failedAttempt, Throwable error, String next) {
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application != null && application.status.canMoveTo(ApplicationStatus.RETRYING)) {
            application.moveTo(ApplicationStatus.RETRYING, step, "attempt " + failedAttempt + " failed; " + next, error);
        }
    }

    /** Records that the application's message now waits in the dead-letter queue. */
    @Transactional
    public void deadLettered(UUID id, ApplicationStatus status, String reason, String errorType, String errorMessage) {
        JobApplication application = JobApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || application.status == status || !application.status.canMoveTo(status)) {
            return;
        }
        application.moveTo(status, null, reason, null).recordError(errorType, errorMessage);
    }

    /** Appends one timeline row per application in one statement, and announces each after the commit. */
    private void timeline(Connection connection, List<ApplicationSnapshot> applications, ApplicationStatus status,
            Function<ApplicationSnapshot, String> reason, Instant at) throws SQLException {
        if (applications.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[applications.size()];
        Integer[] attempts = new Integer[applications.size()];
        String[] reasons = new String[applications.size()];
        for (int i = 0; i < applications.size(); i++) {
            ids[i] = applications.get(i).id();
            attempts[i] = applications.get(i).attempt();
            reasons[i] = reason.apply(applications.get(i));
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + schema + ".status_change "
                + "(id, application_id, status, changed_at, attempt, reason) "
                + "select row_id, id, ?, ?, attempt, reason "
                + "from unnest(?::bigint[], ?::uuid[], ?::int[], ?::text[]) as t(row_id, id, attempt, reason)")) {
            insert.setString(1, status.name());
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setArray(3, connection.createArrayOf("bigint", timelineIds(applications.size())));
            insert.setArray(4, connection.createArrayOf("uuid", ids));
            insert.setArray(5, connection.createArrayOf("integer", attempts));
            insert.setArray(6, connection.createArrayOf("text", reasons));
            insert.executeUpdate();
        }
        for (ApplicationSnapshot a : applications) {
            changes.fire(new StatusChanged(a.id(), a.tenant(), status, at, null, a.attempt(), reason.apply(a), null, null));
        }
    }

    /**
     * Ids from the entities' own generator: a timeline is read in id order, and rows this process writes by
     * hand must sort among the ones its entities write (a withdrawal after a claim comes after it).
     */
    private Long[] timelineIds(int count) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator generator = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(StatusChange.class).getGenerator();
        Long[] ids = new Long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = ((Number) generator.generate(session, null)).longValue();
        }
        return ids;
    }

    private Map<UUID, Map<String, Map<String, Object>>> stepOutputs(Connection connection, Collection<UUID> ids)
            throws SQLException {
        Map<UUID, Map<String, Map<String, Object>>> outputs = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select application_id, step, cast(output as text) "
                + "from " + schema + ".step_result where application_id = any(?) order by completed_at")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    outputs.computeIfAbsent(rows.getObject(1, UUID.class), id -> new LinkedHashMap<>())
                            .put(rows.getString(2), read(rows.getString(3), OUTPUT));
                }
            }
        }
        return outputs;
    }

    private String write(Map<String, Object> output) {
        try {
            return json.writeValueAsString(output);
        } catch (Exception e) {
            throw new IllegalArgumentException("step output is not JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (Exception e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

}
