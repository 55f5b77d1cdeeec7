package com.applicationmanager.admin.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.ProcessingStep;

/**
 * A step that fails on demand, read from the candidate's name: "[fail-always]" fails for good, and
 * "[fail-until:TOKEN]" fails until a test calls {@link #fix(String)} with that token.
 */
@ApplicationScoped
public class TroubleStep implements ProcessingStep {

    public static final String ID = "trouble";
    public static final String FAIL_ALWAYS = "[fail-always]";

    private static final Set<String> FIXED = ConcurrentHashMap.newKeySet();

    public static String failUntilFixed(String token) {
        return "[fail-until:" + token + "]";
    }

    public static void fix(String token) {
        FIXED.add(token);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        String name = application.candidateName();
        if (name.contains(FAIL_ALWAYS)) {
            throw new PermanentFailure("marked to fail for good");
        }
        int start = name.indexOf("[fail-until:");
        if (start >= 0) {
            String token = name.substring(start + "[fail-until:".length(), name.indexOf(']', start));
            if (!FIXED.contains(token)) {
                throw new PermanentFailure("marked to fail until " + token + " is fixed");
            }
        }
        return Map.of("trouble", "none");
    }
}
