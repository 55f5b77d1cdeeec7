package com.applicationmanager.tracking;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A job application and where it stands; the tracking row the API reports on. Updates write only the changed
 * columns: a status change must not rewrite the résumé and answers it leaves alone.
 */
@Entity
@DynamicUpdate
@Table(name = "application")
public class JobApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidate_name", nullable = false)
    public String candidateName;

    @Column(nullable = false)
    public String email;

    public String phone;

    @Column(name = "job_posting_id", nullable = false)
    public String jobPostingId;

    @Column(name = "resume_text")
    public String resumeText;

    @Column(name = "resume_url")
    public String resumeUrl;

    @Column(name = "cover_letter")
    public String coverLetter;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "screening_answers")
    public Map<String, String> screeningAnswers;

    public String source;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "correlation_id", nullable = false)
    public String correlationId;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> result;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * Moves to {@code next} and appends the change to the timeline; the one place a status changes.
     * A new application is persisted by its first move.
     */
    public StatusChange moveTo(ApplicationStatus next, String step, String reason, Throwable error) {
        if (status != null && !status.canMoveTo(next)) {
            throw new IllegalTransitionException(id, status, next);
        }
        Instant now = StatusChange.now();
        StatusChange change = new StatusChange();
        change.application = this;
        change.status = next;
        change.changedAt = now;
        change.step = step;
        change.attempt = attempts;
        change.reason = reason;
        if (error != null) {
            change.errorType = error.getClass().getSimpleName();
            change.errorMessage = truncate(String.valueOf(error.getMessage()), 2000);
        }
        status = next;
        updatedAt = now;
        if (!isPersistent()) {
            persist();
        }
        change.persist();
        return change;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
