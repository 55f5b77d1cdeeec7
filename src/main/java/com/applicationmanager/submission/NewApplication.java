package com.applicationmanager.submission;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.applicationmanager.client.ClientPrincipal;
import com.applicationmanager.ids.Ids;
import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.JobApplication;

/**
 * An accepted request as the rows it becomes, fixed on the request's thread: the id, correlation id and
 * submission time do not change if its batch has to be written again.
 */
record NewApplication(UUID id, ApplicationRequest request, ClientPrincipal client, String correlationId,
        Instant submittedAt) {

    static NewApplication of(ApplicationRequest request, ClientPrincipal client) {
        return new NewApplication(Ids.newId(), request, client, Ids.newId().toString(), Instant.now());
    }

    /** A new entity, persisted with its RECEIVED entry in the caller's transaction. */
    JobApplication persistReceived() {
        JobApplication application = new JobApplication();
        application.id = id;
        application.candidateName = request.candidateName().strip();
        application.email = request.email().strip();
        application.phone = request.phone();
        application.jobPostingId = request.jobPostingId();
        application.resumeText = request.resumeText();
        application.resumeUrl = request.resumeUrl();
        application.coverLetter = request.coverLetter();
        application.screeningAnswers = request.screeningAnswers();
        application.source = request.source();
        application.type = request.type();
        application.tenant = client.tenant();
        application.tier = client.tier();
        application.correlationId = correlationId;
        application.submittedAt = submittedAt;
        application.moveTo(ApplicationStatus.RECEIVED, null, "submitted", null);
        return application;
    }

    ApplicationMessage message() {
        return new ApplicationMessage(ApplicationMessage.CURRENT_VERSION, Ids.newId(), id, request.type(),
                client.tenant(), client.tier(), 0, submittedAt, 1, correlationId,
                Map.of("jobPostingId", request.jobPostingId()));
    }
}
