package com.applicationmanager.pipeline.steps.screening;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the years of experience a candidate states: "10 years", "8+ yrs", "ten years", "a decade". The
 * largest figure wins, since resumes list several spells; ages ("35 years old") and "years ago" are not
 * experience. Date ranges ("2015 - present") are not added up: a recruiter reads those.
 */
public final class ExperienceReader {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("a decade", 10), Map.entry("two decades", 20));
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty";

    private static final Pattern YEARS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|" + NUMBER_WORDS + ")\\s*\\+?\\s*(?:years?|yrs?)(?![\\p{L}])"
                    + "(?!\\s+(?:old|ago))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADES = Pattern.compile("(?<![\\p{L}])(a decade|two decades)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private ExperienceReader() {
    }

    public static OptionalInt yearsIn(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        int most = -1;
        for (Pattern pattern : new Pattern[] { YEARS, DECADES }) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                most = Math.max(most, value(matcher.group(1)));
            }
        }
        return most < 0 ? OptionalInt.empty() : OptionalInt.of(most);
    }

    private static int value(String figure) {
        String word = figure.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(word) ? WORDS.get(word) : Integer.parseInt(figure);
    }
}
