package com.applicationmanager.pipeline.steps.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ExperienceReaderTest {

    @Test
    void readsFiguresWordsAndDecadesAndKeepsTheLargest() {
        assertThat(ExperienceReader.yearsIn("3 years of Go, then 8+ yrs of Java")).hasValue(8);
        assertThat(ExperienceReader.yearsIn("Ten years of Java and distributed systems")).hasValue(10);
        assertThat(ExperienceReader.yearsIn("Over a decade in payments")).hasValue(10);
        assertThat(ExperienceReader.yearsIn("1 year as an intern")).hasValue(1);
    }

    @Test
    void agesAndDatesAreNotExperience() {
        assertThat(ExperienceReader.yearsIn("I am 35 years old and left school 17 years ago; since 2015 at Acme"))
                .isEqualTo(OptionalInt.empty());
        assertThat(ExperienceReader.yearsIn(null)).isEmpty();
    }

    @Test
    void readsWhatAScanOfTheWholeTextReads() {
        List<String> tokens = List.of("10", "3", "8", "123", "ten", "Twelve", "fifteen", "often", "one", "a decade",
                "two decades", "years", "year", "YRS", "yr", "yearly", "old", "ago", "+", " ", "  ", "\n", "\t", "of",
                "Java", "x", "2015", "-", ",", "5+", "7yrs", "stone", "decades", "YEARS", "Yr", "A Decade", "é", "\uD835\uDC00",
                "yyears", "ys", "\u00A0");
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                text.append(tokens.get(random.nextInt(tokens.size())));
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String resume = text.toString();
            assertThat(ExperienceReader.yearsIn(resume)).as(resume).isEqualTo(wholeTextScan(resume));
        }
    }

    private static OptionalInt wholeTextScan(String text) {
        if (text.isBlank()) {
            return OptionalInt.empty();
        }
        int most = -1;
        for (Pattern pattern : List.of(ExperienceReader.YEARS, ExperienceReader.DECADES)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                most = Math.max(most, ExperienceReader.value(matcher.group(1)));
            }
        }
        return most < 0 ? OptionalInt.empty() : OptionalInt.of(most);
    }
}
