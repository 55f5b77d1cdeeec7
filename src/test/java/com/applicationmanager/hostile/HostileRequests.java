package com.applicationmanager.hostile;

import java.util.Random;

/**
 * A seeded stream of hostile requests, each with exactly one fault (or none, for hostile but valid text),
 * weighted towards the faults with the most ways to go wrong. The same seed gives the same requests.
 */
final class HostileRequests {

    private final Random random;
    private final BodyFaults body;
    private final EnvelopeFaults envelope;

    HostileRequests(long seed, String key) {
        this.random = new Random(seed);
        this.body = new BodyFaults(random, key);
        this.envelope = new EnvelopeFaults(random, key, body.validJson());
    }

    HostileCase next() {
        int roll = random.nextInt(1000);
        if (roll < 140) {
            return body.malformed();
        } else if (roll < 230) {
            return body.nonUtf8();
        } else if (roll < 350) {
            return body.wrongType();
        } else if (roll < 410) {
            return body.deepNesting();
        } else if (roll < 440) {
            return envelope.oversized();
        } else if (roll < 520) {
            return body.unknownField();
        } else if (roll < 690) {
            return body.invalidValue();
        } else if (roll < 760) {
            return envelope.wrongContentType();
        } else if (roll < 850) {
            return envelope.noOrBadKey();
        } else if (roll < 910) {
            return envelope.badHeader();
        } else if (roll < 955) {
            return envelope.wrongPathOrMethod();
        } else if (roll < 965) {
            return envelope.brokenHttp();
        }
        return body.validHostileText();
    }
}
