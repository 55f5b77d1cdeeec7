package com.applicationmanager.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

/**
 * What a fault case ended with, read from the database the application wrote, the simulated dependency's own
 * ledger of side effects and the notifications the broker carried. "Lost" is an accepted application that is
 * neither completed nor waiting in the dead-letter queue; "done twice" counts side effects performed more than
 * once (a dependency effect, a notification) and duplicate completions.
 */
record Outcome(String scenario, long accepted, long stored, long completed, long deadLettered, long expired,
        long reinvoked, long notified, long notifiedTwice, long doneTwice, long lost) {

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
        Map<String, Integer> notifications = scenario.notifications();
        long notifiedTwice = notifications.values().stream().filter(count -> count > 1).count();
        long lost = accepted - completed - failed - expired;
        return new Outcome(scenario.name, accepted, stored, completed, failed, expired, reinvoked, notifications.size(),
                notifiedTwice, effectsTwice + completedTwice + notifiedTwice, lost);
    }

    /**
     * The final outcome, once the notification tap has caught up with the completions: the worker publishes a
     * notification after the commit that completes its application, the tap's delivery a few milliseconds later.
     */
    static Outcome settle(Scenario scenario, long accepted) {
        return await("the notifications of every completed application").atMost(Duration.ofSeconds(10))
                .until(() -> read(scenario, accepted), outcome -> outcome.notified() >= outcome.completed());
    }

    long settled() {
        return completed + deadLettered + expired;
    }

    private static long status(Scenario scenario, String status) {
        return scenario.queryLong("select count(*) from {schema}.application where status = ?", status);
    }

    Outcome print() {
        System.out.printf("[fault:%s] accepted=%d stored=%d completed=%d dead-lettered=%d expired=%d "
                + "re-invoked(deduplicated)=%d notified=%d notified-twice=%d done-twice=%d lost=%d%n", scenario, accepted,
                stored, completed, deadLettered, expired, reinvoked, notified, notifiedTwice, doneTwice, lost);
        return this;
    }

    Outcome assertNothingLostOrDoneTwice() {
        assertThat(stored).as("every accepted application is stored").isGreaterThanOrEqualTo(accepted);
        assertThat(lost).as("lost").isZero();
        assertThat(notified).as("applications notified: every completed one").isEqualTo(completed);
        assertThat(notifiedTwice).as("applications notified more than once").isZero();
        assertThat(doneTwice).as("done twice").isZero();
        return this;
    }
}
