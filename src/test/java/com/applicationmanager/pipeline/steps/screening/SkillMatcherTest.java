package com.applicationmanager.pipeline.steps.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SkillMatcherTest {

    @Test
    void findsWholeTermsIgnoringCaseAndDashes() {
        SkillMatcher.Result result = SkillMatcher.match(List.of("java", "Event Driven", "C++", "Node.js"),
                "JAVA 17, event-driven design, C++ for the hot path and node.js tooling.", null);
        assertThat(result.missing()).isEmpty();
    }

    @Test
    void doesNotFindATermInsideAnother() {
        SkillMatcher.Result result = SkillMatcher.match(List.of("Java", "C", "SQL"),
                "JavaScript, C++ and NoSQL stores", null);
        assertThat(result.found()).isEmpty();
        assertThat(result.missing()).containsExactly("Java", "C", "SQL");
    }

    @Test
    void saysWhereEachSkillWasFound() {
        SkillMatcher.Result result = SkillMatcher.match(List.of("Java", "SQL", "Go"), "Java and SQL", "SQL, mostly");
        assertThat(result.found()).containsExactly(new SkillMatcher.Found("Java", true, false),
                new SkillMatcher.Found("SQL", true, true));
        assertThat(result.share()).isEqualTo(2.0 / 3);
    }
}
