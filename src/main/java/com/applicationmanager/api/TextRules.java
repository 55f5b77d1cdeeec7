package com.applicationmanager.api;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What free text the API accepts: any Unicode, stored in NFC (so that "é" typed two ways is one string),
 * without control characters, NUL or unpaired surrogates (PostgreSQL cannot store NUL, and half a
 * surrogate pair is not text). Line breaks and tabs only where a field is multi-line.
 */
public final class TextRules {

    private TextRules() {
    }

    public static String normalise(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Each key and value in NFC; insertion order kept. */
    public static Map<String, String> normalise(Map<String, String> map) {
        if (map == null) {
            return null;
        }
        Map<String, String> normalised = new LinkedHashMap<>();
        map.forEach((key, value) -> normalised.put(normalise(key), normalise(value)));
        return normalised;
    }

    /** @return what is wrong with the text, or null when nothing is */
    public static String problemIn(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate, which is not valid Unicode";
            } else if (c == 0) {
                return "contains a NUL character";
            } else if (isLineBreak(c) || c == '\t') {
                if (!multiline) {
                    return "must be a single line without tabs";
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                return "contains a control character (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
