package com.applicationmanager.posting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A job posting as stored, one tenant's: its id is unique within the tenant. {@link PostingView} leaves the service. */
@Entity
@Table(name = "job_posting")
@IdClass(JobPosting.Key.class)
public class JobPosting extends PanacheEntityBase {

    /** Tenant and id together name a posting. */
    public record Key(String tenant, String id) implements Serializable {
    }

    @Id
    public String tenant;

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String type;

    public String location;

    @Column(nullable = false)
    public boolean remote;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "required_skills", nullable = false)
    public List<String> requiredSkills;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "nice_to_have_skills", nullable = false)
    public List<String> niceToHaveSkills;

    @Column(name = "min_years_experience", nullable = false)
    public int minYearsExperience;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "screening_questions", nullable = false)
    public List<ScreeningQuestion> screeningQuestions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostingStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;
}
