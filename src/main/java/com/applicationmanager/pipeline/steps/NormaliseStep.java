package com.applicationmanager.pipeline.steps;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.applicationmanager.pipeline.ApplicationSnapshot;
import com.applicationmanager.pipeline.PermanentFailure;
import com.applicationmanager.pipeline.ProcessingStep;

/** Canonical contact details: trimmed name, lower-case email, phone in E.164 when it can be read as one. */
@ApplicationScoped
public class NormaliseStep implements ProcessingStep {

    @Override
    public String id() {
        return "normalise";
    }

    @Override
    public boolean hasSideEffects() {
        return false;
    }

    @Override
    public Map<String, Object> run(ApplicationSnapshot application) {
        String name = application.candidateName().strip().replaceAll("\\s+", " ");
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
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.strip().startsWith("+") ? "+" + digits : digits;
    }
}
