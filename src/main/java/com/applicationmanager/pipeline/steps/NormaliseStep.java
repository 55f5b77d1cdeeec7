package com.applicationmanager.pipeline.steps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.BatchStep;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.StepResult;

/**
 * Canonical contact details: trimmed name, lower-case email, phone in E.164 when it can be read as one. A batch
 * step although it handles each application alone: it is a few string operations, cheaper than a thread hand-off
 * and a timeout per application.
 */
@ApplicationScoped
public class NormaliseStep implements BatchStep {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    @Override
    public String id() {
        return "normalise";
    }

    @Override
    public boolean hasSideEffects() {
        return false;
    }

    @Override
    public List<StepResult> runAll(List<ApplicationSnapshot> applications) {
        return applications.stream().map(application -> StepResult.attempt(() -> normalise(application))).toList();
    }

    private static Map<String, Object> normalise(ApplicationSnapshot application) {
        String name = WHITESPACE.matcher(application.candidateName().strip()).replaceAll(" ");
        if (name.isEmpty()) {
            throw new PermanentFailure("candidate name is empty");
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("candidateName", name);
        output.put("email", application.email().strip().toLowerCase(Locale.ROOT));
        if (application.phone() != null) {
            output.put("phone", toE164(application.phone()));
        }
        return output;
    }

    static String toE164(String phone) {
        String digits = NOT_DIGIT.matcher(phone).replaceAll("");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }
}
