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
                "must be one header of 1 to 255 visible ASCII characters, such as a UUID"))));
    }

    /** @param values every Idempotency-Key header sent; more than one is as invalid as a malformed one */
    public static String check(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 || !VALID.matcher(values.get(0)).matches()) {
            throw new InvalidIdempotencyKey();
        }
        return values.get(0);
    }
}
