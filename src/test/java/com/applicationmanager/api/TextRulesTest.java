package com.applicationmanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TextRulesTest {

    @Property
    void normalisingGivesNfcAndIsIdempotent(@ForAll String text) {
        String once = TextRules.normalise(text);
        assertThat(Normalizer.isNormalized(once, Normalizer.Form.NFC)).isTrue();
        assertThat(TextRules.normalise(once)).isEqualTo(once);
    }

    @Property
    void anyPrintableUnicodeIsAcceptedOnOneLine(@ForAll("printable") String text) {
        assertThat(TextRules.problemIn(text, false)).isNull();
        assertThat(TextRules.problemIn(text, true)).isNull();
    }

    @Property
    void oneControlCharacterAnywhereIsRefused(@ForAll("printable") String text, @ForAll("controls") char control,
            @ForAll @IntRange(min = 0, max = 1000) int at) {
        String spoiled = insert(text, at, String.valueOf(control));
        assertThat(TextRules.problemIn(spoiled, false)).isNotNull();
        boolean lineBreakOrTab = "\n\r\t\u2028\u2029".indexOf(control) >= 0;
        assertThat(TextRules.problemIn(spoiled, true) == null).isEqualTo(lineBreakOrTab);
    }

    @Property
    void anUnpairedSurrogateIsRefusedEvenInMultiLineText(@ForAll("printable") String text,
            @ForAll("surrogates") char half, @ForAll @IntRange(min = 0, max = 1000) int at) {
        String spoiled = insert(text, at, String.valueOf(half));
        // inserting a half between an existing pair's halves could pair it up; there are none in "printable"
        assertThat(TextRules.problemIn(spoiled, true)).contains("surrogate");
    }

    @Provide
    Arbitrary<String> printable() {
        Arbitrary<Integer> codePoint = Arbitraries.integers().between(0x20, 0x10FFFF)
                .filter(cp -> Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.SURROGATE
                        && cp != 0x2028 && cp != 0x2029);
        return codePoint.list().ofMaxSize(40).map(points -> {
            StringBuilder text = new StringBuilder();
            points.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(List.of(Arbitraries.chars().range('\u0000', '\u001F'),
                Arbitraries.chars().range('\u007F', '\u009F'), Arbitraries.of('\u2028', '\u2029')));
    }

    @Provide
    Arbitrary<Character> surrogates() {
        return Arbitraries.chars().range('\uD800', '\uDFFF');
    }

    private static String insert(String text, int at, String inserted) {
        int offset = text.offsetByCodePoints(0, Math.min(at, text.codePointCount(0, text.length())));
        return text.substring(0, offset) + inserted + text.substring(offset);
    }
}
