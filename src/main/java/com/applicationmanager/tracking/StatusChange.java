package com.applicationmanager.tracking;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of an application's timeline; appended, never changed. */
@Entity
@Table(name = "status_change")
@EntityListeners(StatusChangeListener.class)
public class StatusChange extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    @GeneratedValue(generator = "status_change_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public JobApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String step;

    public int attempt;

    public String reason;

    @Column(name = "error_type")
    public String errorType;

    @Column(name = "error_message")
    public String errorMessage;

    /** Adds an error known only by its type and message, as read back from a dead letter's headers. */
    public StatusChange recordError(String type, String message) {
        errorType = type;
        errorMessage = message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
        return this;
    }

    /**
     * The time of a change as PostgreSQL stores it (microseconds; it rounds what it is given): a live event then
     * carries the stored time exactly, and a stream that sends the stored timeline and the live events sees each
     * change once.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
