package com.applicationmanager.submission;

import java.net.URI;
import java.util.UUID;

import com.applicationmanager.tracking.ApplicationStatus;

/** The 202 body: where to follow the application. */
public record SubmissionAccepted(UUID id, ApplicationStatus status, URI statusUrl) {
}
