package com.applicationmanager.withdrawal;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.applicationmanager.tracking.ApplicationStatus;
import com.applicationmanager.tracking.JobApplication;

/**
 * Withdraws an application. A queued one is then acknowledged unprocessed when a worker takes it; one in
 * flight stops before its next step with side effects (such as notify); neither completes nor notifies.
 */
@ApplicationScoped
public class WithdrawalService {

    public enum Result { WITHDRAWN, ALREADY_WITHDRAWN, TOO_LATE, NOT_FOUND }

    /** @param tenant the caller's tenant, or null for an operator, who may withdraw any application */
    @Transactional
    public Result withdraw(UUID id, String tenant, String reason) {
        Optional<JobApplication> found = JobApplication.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty() || (tenant != null && !tenant.equals(found.get().tenant))) {
            return Result.NOT_FOUND;
        }
        JobApplication application = found.get();
        if (application.status == ApplicationStatus.WITHDRAWN) {
            return Result.ALREADY_WITHDRAWN;
        }
        if (!application.status.canMoveTo(ApplicationStatus.WITHDRAWN)) {
            return Result.TOO_LATE;
        }
        application.moveTo(ApplicationStatus.WITHDRAWN, null, reason, null);
        return Result.WITHDRAWN;
    }
}
