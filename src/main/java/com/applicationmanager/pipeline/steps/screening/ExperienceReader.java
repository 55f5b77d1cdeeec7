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
    private static final int LONGEST_FIGURE = "fifteen".length();

    private ExperienceReader() {
    }

    /**
     * The full patterns start with a look-behind that is costly to try at every position of a resume (a fifth of
     * a worker's CPU), and even a plain pattern costs more per position than a string search. So the year words
     * are found by {@code indexOf} on an ASCII-lower-cased copy (the patterns' case-insensitivity is ASCII's
     * too), and the full pattern runs only in a window that ends at each of them and reaches back over the figure
     * before it. Transparent bounds let its look-arounds see past the window: what is found is exactly what a
     * scan of the whole text finds (ExperienceReaderTest compares the two).
     */
    public static OptionalInt yearsIn(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        String lower = asciiLowerCase(text);
        int most = -1;
        Matcher years = YEARS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int y = lower.indexOf('y'); y >= 0; y = lower.indexOf('y', y + 1)) {
            int wordEnd = yearWordEnd(lower, y);
            if (wordEnd < 0) {
                continue;
            }
            years.region(Math.max(0, figureEnd(text, y) - LONGEST_FIGURE), wordEnd);
            while (years.find()) {
                most = Math.max(most, value(years.group(1)));
            }
        }
        if (lower.contains("decade")) {
            Matcher decades = DECADES.matcher(text);
            while (decades.find()) {
                most = Math.max(most, value(decades.group(1)));
            }
        }
        return most < 0 ? OptionalInt.empty() : OptionalInt.of(most);
    }

    /** Where "year", "years", "yr" or "yrs" starting at {@code y} ends, if no letter follows it; else -1. */
    private static int yearWordEnd(String lower, int y) {
        int end = lower.startsWith("year", y) ? y + 4 : lower.startsWith("yr", y) ? y + 2 : -1;
        if (end < 0) {
            return -1;
        }
        if (end < lower.length() && lower.charAt(end) == 's') {
            end++;
        }
        return end < lower.length() && Character.isLetter(lower.codePointAt(end)) ? -1 : end;
    }

    /** Back from a year word over the spaces and the "+" that may stand between it and its figure. */
    private static int figureEnd(String text, int wordStart) {
        int end = backOverSpaces(text, wordStart);
        return end > 0 && text.charAt(end - 1) == '+' ? backOverSpaces(text, end - 1) : end;
    }

    /** Back from {@code position} over any white space before it. */
    private static int backOverSpaces(String text, int position) {
        int start = position;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    static int value(String figure) {
        String word = figure.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(word) ? WORDS.get(word) : Integer.parseInt(figure);
    }
}
