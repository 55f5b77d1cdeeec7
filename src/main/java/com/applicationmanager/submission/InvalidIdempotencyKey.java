package com.applicationmanager.submission;

import java.util.List;
import java.util.regex.Pattern;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** An Idempotency-Key header that is not 1 to 255 visible ASCII characters. */
public class InvalidIdempotencyKey extends ProblemException {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private InvalidIdempotencyKey() {
        super(Problem.invalid("The Idempotency-Key header is not valid", List.of(new Problem.FieldViolation(HEADER,
                "must be 1 to 255 visible ASCII characters, such as a UUID"))));
    }

    /** @return the key, or null when the header is absent */
    public static String check(String key) {
        if (key != null && !VALID.matcher(key).matches()) {
            throw new InvalidIdempotencyKey();
        }
        return key;
    }
}
