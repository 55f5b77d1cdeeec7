package com.applicationmanager.submission;

import java.util.UUID;

import com.applicationmanager.tracking.ApplicationStatus;

/** What a submission came to: a new application, or the one an earlier request with the same key made. */
public record Submission(UUID id, ApplicationStatus status, boolean replayed) {
}
