package com.applicationmanager.posting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.applicationmanager.ids.Ids;
import com.applicationmanager.posting.PostingProblems.InvalidPosting;
import com.applicationmanager.posting.PostingProblems.PostingExists;
import com.applicationmanager.posting.PostingProblems.PostingNotFound;
import com.applicationmanager.posting.PostingProblems.PostingNotOpen;
import com.applicationmanager.problem.Problem.FieldViolation;

import io.quarkus.panache.common.Parameters;

/**
 * Job postings: the API's operations, the intake's check and the screening step's look-up. Every operation
 * names the tenant: a posting of another tenant is, to the caller, a posting that does not exist.
 */
@ApplicationScoped
public class JobPostings {

    /**
     * For the intake: refuses an application to a posting that does not exist or is closed.
     *
     * @throws PostingNotOpen answered as 422 problem+json
     */
    @Transactional
    public void requireOpen(String tenant, String postingId) {
        // the status alone: a loaded posting would be dirty-checked, questions and all, at the submission's commit
        Optional<PostingStatus> status = JobPosting.getEntityManager()
                .createQuery("select p.status from JobPosting p where p.tenant = ?1 and p.id = ?2", PostingStatus.class)
                .setParameter(1, tenant).setParameter(2, postingId)
                .getResultStream().findFirst();
        if (status.orElse(null) != PostingStatus.OPEN) {
            throw new PostingNotOpen(postingId, status.isPresent());
        }
    }

    @Transactional
    public Optional<PostingView> find(String tenant, String id) {
        return JobPosting.<JobPosting>findByIdOptional(new JobPosting.Key(tenant, id)).map(PostingView::of);
    }

    @Transactional
    public PostingView create(String tenant, PostingRequest request) {
        validate(request);
        String id = request.id() != null ? request.id() : Ids.newId().toString();
        if (JobPosting.findById(new JobPosting.Key(tenant, id)) != null) {
            throw new PostingExists(id);
        }
        JobPosting posting = new JobPosting();
        posting.tenant = tenant;
        posting.id = id;
        posting.status = PostingStatus.OPEN;
        posting.createdAt = Instant.now();
        apply(request, posting);
        posting.persist();
        return PostingView.of(posting);
    }

    /** Replaces a posting's content; a closed posting cannot change. */
    @Transactional
    public PostingView update(String tenant, String id, PostingRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidPosting(List.of(new FieldViolation("id", "differs from the posting in the path")));
        }
        validate(request);
        JobPosting posting = lock(tenant, id);
        if (posting.status == PostingStatus.CLOSED) {
            throw new PostingNotOpen(id, true);
        }
        apply(request, posting);
        return flushed(posting);
    }

    /** Stops a posting taking applications; closing a closed posting changes nothing. */
    @Transactional
    public PostingView close(String tenant, String id) {
        JobPosting posting = lock(tenant, id);
        if (posting.status == PostingStatus.OPEN) {
            posting.status = PostingStatus.CLOSED;
            posting.closedAt = Instant.now();
            posting.updatedAt = posting.closedAt;
        }
        return flushed(posting);
    }

    /** The tenant's postings ordered by id, optionally of one status and type, after the cursor {@code after}. */
    @Transactional
    public PostingPage list(String tenant, PostingStatus status, String type, String after, int limit) {
        List<String> where = new ArrayList<>();
        where.add("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (type != null) {
            where.add("type = :type");
            parameters.and("type", type);
        }
        if (after != null) {
            where.add("id > :after");
            parameters.and("after", after);
        }
        String query = String.join(" and ", where) + " order by id";
        // one row more than asked (range is inclusive) tells whether another page follows
        List<JobPosting> rows = JobPosting.<JobPosting>find(query, parameters).range(0, limit).list();
        List<PostingView> items = rows.stream().limit(limit).map(PostingView::of).toList();
        String next = rows.size() > limit ? items.get(limit - 1).id() : null;
        return new PostingPage(items, next);
    }

    private static void validate(PostingRequest request) {
        List<FieldViolation> violations = PostingRules.check(request);
        if (!violations.isEmpty()) {
            throw new InvalidPosting(violations);
        }
    }

    private static JobPosting lock(String tenant, String id) {
        JobPosting posting = JobPosting.findById(new JobPosting.Key(tenant, id), LockModeType.PESSIMISTIC_WRITE);
        if (posting == null) {
            throw new PostingNotFound(id);
        }
        return posting;
    }

    /** Flushes so the view carries the revision the database now holds. */
    private static PostingView flushed(JobPosting posting) {
        JobPosting.flush();
        return PostingView.of(posting);
    }

    private static void apply(PostingRequest request, JobPosting posting) {
        posting.title = request.title().strip();
        posting.type = request.type();
        posting.location = request.location() == null || request.location().isBlank() ? null : request.location().strip();
        posting.remote = request.remote();
        posting.requiredSkills = request.requiredSkillsOrEmpty().stream().map(String::strip).toList();
        posting.niceToHaveSkills = request.niceToHaveSkillsOrEmpty().stream().map(String::strip).toList();
        posting.minYearsExperience = request.minYearsExperience() == null ? 0 : request.minYearsExperience();
        posting.screeningQuestions = List.copyOf(request.questionsOrEmpty());
        posting.updatedAt = Instant.now();
    }
}
