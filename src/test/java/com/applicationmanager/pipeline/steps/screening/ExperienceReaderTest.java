package com.applicationmanager.pipeline.steps.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

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
}
