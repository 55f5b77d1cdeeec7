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

    static final Pattern YEARS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,2}|" + NUMBER_WORDS + ")\\s*\\+?\\s*(?:years?|yrs?)(?![\\p{L}])"
                    + "(?!\\s+(?:old|ago))",
            Pattern.CASE_INSENSITIVE);
    static final Pattern DECADES = Pattern.compile("(?<![\\p{L}])(a decade|two decades)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** Where a figure of years ends; cheap to find, since its first letter decides at each position. */
    private static final Pattern YEAR_WORD = Pattern.compile("(?:years?|yrs?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECADE_WORD = Pattern.compile("decade", Pattern.CASE_INSENSITIVE);
    private static final int LONGEST_FIGURE = "fifteen".length();

    private ExperienceReader() {
    }

    /**
     * The full patterns start with a look-behind that is costly to try at every position of a resume (a sixth of
     * a worker's CPU), so they run only in a window that ends at each year word and reaches back over the
     * figure before it. Transparent bounds let the look-arounds see past the window: what is found is exactly
     * what a scan of the whole text finds (ExperienceReaderTest compares the two).
     */
    public static OptionalInt yearsIn(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        int most = -1;
        Matcher words = YEAR_WORD.matcher(text);
        Matcher years = YEARS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        while (words.find()) {
            int figureEnd = words.start();
            while (figureEnd > 0 && Character.isWhitespace(text.charAt(figureEnd - 1))) {
                figureEnd--;
            }
            if (figureEnd > 0 && text.charAt(figureEnd - 1) == '+') {
                figureEnd--;
            }
            while (figureEnd > 0 && Character.isWhitespace(text.charAt(figureEnd - 1))) {
                figureEnd--;
            }
            years.region(Math.max(0, figureEnd - LONGEST_FIGURE), words.end());
            while (years.find()) {
                most = Math.max(most, value(years.group(1)));
            }
        }
        if (DECADE_WORD.matcher(text).find()) {
            Matcher decades = DECADES.matcher(text);
            while (decades.find()) {
                most = Math.max(most, value(decades.group(1)));
            }
        }
        return most < 0 ? OptionalInt.empty() : OptionalInt.of(most);
    }

    static int value(String figure) {
        String word = figure.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(word) ? WORDS.get(word) : Integer.parseInt(figure);
    }
}
