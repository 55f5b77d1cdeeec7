package com.applicationmanager.withdrawal;

import java.util.UUID;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** The application reached a final state before the withdrawal: 409, nothing changed. */
public class WithdrawalTooLate extends ProblemException {

    WithdrawalTooLate(UUID id) {
        super(Problem.typed("too-late", "Cannot withdraw", 409, "Application " + id + " has already reached a final state"));
    }
}
