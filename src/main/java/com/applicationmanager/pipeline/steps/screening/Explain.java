package com.applicationmanager.pipeline.steps.screening;

import java.util.List;
import java.util.stream.Collectors;

/** The sentences of a screening explanation. */
final class Explain {

    private Explain() {
    }

    static String skills(String title, SkillMatcher.Result result) {
        if (result.total() == 0) {
            return title + ": none listed by the posting";
        }
        StringBuilder line = new StringBuilder(title).append(": ").append(result.found().size()).append(" of ")
                .append(result.total()).append(" found");
        if (!result.found().isEmpty()) {
            line.append(" - ").append(result.found().stream().map(f -> f.skill() + " (" + f.where() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!result.missing().isEmpty()) {
            line.append("; missing: ").append(String.join(", ", result.missing()));
        }
        return line.toString();
    }

    static String score(int score, List<Screening.Part> parts, int totalWeight) {
        if (parts.isEmpty()) {
            return "Score " + score + " of 100: the posting lists no skills or experience to score against";
        }
        return "Score " + score + " of 100: " + parts.stream()
                .map(p -> p.name() + " " + Math.round(100.0 * p.weight() / totalWeight * p.share()) + "/"
                        + Math.round(100.0 * p.weight() / totalWeight))
                .collect(Collectors.joining(", "));
    }
}
