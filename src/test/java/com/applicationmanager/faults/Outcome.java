package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fault case ended with, read from the database the application wrote and the simulated dependency's
 * own ledger of side effects. "Lost" is an accepted application that is neither completed nor waiting in the
 * dead-letter queue; "done twice" counts side effects performed more than once and duplicate completions.
 */
record Outcome(String scenario, long accepted, long stored, long completed, long deadLettered, long expired,
        long reinvoked, long doneTwice, long lost) {

    static Outcome read(Scenario scenario, long accepted) {
        long stored = scenario.queryLong("select count(*) from {schema}.application");
        long completed = status(scenario, "COMPLETED");
        long failed = status(scenario, "FAILED");
        long expired = status(scenario, "EXPIRED");
        long reinvoked = scenario.queryLong("select count(*) from {schema}.simulated_effect where calls > 1");
        long effectsTwice = scenario.queryLong("select count(*) from (select application_id from {schema}.simulated_effect "
                + "group by application_id having count(*) > 1) twice");
        long completedTwice = scenario.queryLong("select count(*) from (select application_id from {schema}.status_change "
                + "where status = 'COMPLETED' group by application_id having count(*) > 1) twice");
        long lost = accepted - completed - failed - expired;
        return new Outcome(scenario.name, accepted, stored, completed, failed, expired, reinvoked,
                effectsTwice + completedTwice, lost);
    }

    long settled() {
        return completed + deadLettered + expired;
    }

    private static long status(Scenario scenario, String status) {
        return scenario.queryLong("select count(*) from {schema}.application where status = ?", status);
    }

    Outcome print() {
        System.out.printf("[fault:%s] accepted=%d stored=%d completed=%d dead-lettered=%d expired=%d "
                + "re-invoked(deduplicated)=%d done-twice=%d lost=%d%n", scenario, accepted, stored, completed,
                deadLettered, expired, reinvoked, doneTwice, lost);
        return this;
    }

    Outcome assertNothingLostOrDoneTwice() {
        assertThat(stored).as("every accepted application is stored").isGreaterThanOrEqualTo(accepted);
        assertThat(lost).as("lost").isZero();
        assertThat(doneTwice).as("done twice").isZero();
        return this;
    }
}
