package com.applicationmanager.tracking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

import io.quarkus.panache.common.Parameters;

/**
 * Filters and keyset paging over applications, newest first. Ids are time-ordered (UUID v7), so "after the
 * cursor" is "id below the last one seen": stable under concurrent inserts, and an index range scan.
 */
@ApplicationScoped
public class ApplicationListing {

    public record Filter(ApplicationStatus status, String type, String tenant, String jobPostingId, Instant from,
            Instant to) {
    }

    @Transactional
    public ApplicationPage list(Filter filter, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        add(where, parameters, "status", filter.status(), "status = :status");
        add(where, parameters, "type", filter.type(), "type = :type");
        add(where, parameters, "tenant", filter.tenant(), "tenant = :tenant");
        add(where, parameters, "posting", filter.jobPostingId(), "jobPostingId = :posting");
        add(where, parameters, "from", filter.from(), "submittedAt >= :from");
        add(where, parameters, "to", filter.to(), "submittedAt < :to");
        add(where, parameters, "after", cursor == null ? null : decode(cursor), "id < :after");
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id desc";
        Parameters bound = new Parameters();
        parameters.forEach(bound::and);
        List<JobApplication> rows = JobApplication.<JobApplication>find(query, bound).page(0, limit + 1).list();
        boolean more = rows.size() > limit;
        List<ApplicationPage.Summary> items = rows.stream().limit(limit).map(ApplicationPage.Summary::of).toList();
        return new ApplicationPage(items, more ? encode(items.get(items.size() - 1).id()) : null);
    }

    private static void add(List<String> where, Map<String, Object> parameters, String name, Object value, String clause) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    private static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }

    static UUID decode(String cursor) {
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }

    /** A cursor this API did not hand out: 400, naming the cursor. */
    public static class InvalidCursorException extends ProblemException {
        InvalidCursorException() {
            super(Problem.invalidField("cursor", "The cursor is not one this API handed out"));
        }
    }
}
