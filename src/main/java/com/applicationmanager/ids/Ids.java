package com.applicationmanager.ids;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7), so that new rows land at the end of the primary-key index. Each thread draws from
 * its own DRBG: ids stay unguessable, and no thread waits on another's (a shared SecureRandom is one lock).
 */
public final class Ids {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::generator);

    private Ids() {
    }

    public static UUID newId() {
        SecureRandom random = RANDOM.get();
        long millis = System.currentTimeMillis();
        long msb = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no DRBG", e);
        }
    }
}
