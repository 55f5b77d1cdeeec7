package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an intake fault: every 202 names a stored application, and every stored application (answered or not)
 * completes exactly once. Rows may outnumber the 202s only by requests whose answer the fault swallowed after
 * their batch committed, at most those in flight.
 */
final class IntakeAnswers {

    private IntakeAnswers() {
    }

    static void assertEvery202StoredAndNoUnansweredExtra(Scenario scenario, Submitter submitter, int inFlight) {
        String[] accepted = submitter.acceptedIds().toArray(String[]::new);
        long acceptedStored = scenario.queryLong("select count(*) from {schema}.application where id::text = any(?)",
                (Object) accepted);
        assertThat(acceptedStored).as("every 202 is stored").isEqualTo(accepted.length);
        long stored = scenario.queryLong("select count(*) from {schema}.application");
        assertThat(stored - accepted.length).as("rows without a 202: only requests in flight at the fault")
                .isBetween(0L, (long) inFlight);
    }

    static long acceptedCompleted(Scenario scenario, Submitter submitter) {
        return scenario.queryLong("select count(*) from {schema}.application where status = 'COMPLETED' and id::text = any(?)",
                (Object) submitter.acceptedIds().toArray(String[]::new));
    }
}
