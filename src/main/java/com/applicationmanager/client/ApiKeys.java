package com.applicationmanager.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Making, hashing and recognising API keys; the plain key exists only in the answer that issues it. */
public final class ApiKeys {

    /** Keys this service issues start with this, so that a leaked one is easy to find in a scan. */
    public static final String PREFIX = "amk_";

    /** Longer than any key this service issues or accepts at start; longer ones are refused unread. */
    public static final int MAX_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** 256 random bits, URL-safe. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Enough of the key to tell keys apart in a listing, never enough to help guess it. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(PREFIX.length() + 4, key.length() / 4));
    }
}
