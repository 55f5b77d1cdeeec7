package com.applicationmanager.hostile;

import java.util.List;
import java.util.Random;

/** Strings that have broken other systems: injections, odd Unicode, format strings. All are valid text. */
final class HostileText {

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE application; --", "\"; DELETE FROM outbox; --", "1; SELECT pg_sleep(10)",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1:1389/a}",
            "{{7*7}}", "#{7*7}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%s%s%s%n",
            "\\u0000", "$(rm -rf /)", "`id`", "<!--#exec cmd=\"ls\"-->", "{\"$gt\": \"\"}", "admin'--",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY y SYSTEM \"file:///etc/passwd\">]>", "=cmd|' /C calc'!A0",
            "null", "NaN", "-0", "1e309", "true", "[object Object]", "__proto__", "\\\"\\\\", "\u202Eevil\u202D",
            "Ω≈ç√∫˜µ≤≥÷", "👩‍💻🇺🇦🏳️‍🌈", "ＡＢＣ１２３", "ﷺ", "Z̴̡̛a̷l̶g̸o̵", "𝕳𝖊𝖑𝖑𝖔", "\uFEFFbom", "zero\u200Bwidth",
            "日本語の履歴書", "السيرة الذاتية", "קורות חיים", "ประวัติย่อ", "Ελληνικά", "Ǆemal Ǉubović",
            "\uFFFDreplacement", "\uFFFF\uFFFE", "e\u0301 composed later", "Å vs \u212B", "ﬁ ligature");

    private HostileText() {
    }

    static String any(Random random) {
        return INJECTIONS.get(random.nextInt(INJECTIONS.size()));
    }

    /** A single-line mix of 1 to 3 hostile strings. */
    static String line(Random random) {
        StringBuilder text = new StringBuilder(any(random));
        for (int i = random.nextInt(3); i > 0; i--) {
            text.append(' ').append(any(random));
        }
        return text.toString();
    }

    /** Text of exactly {@code length} UTF-16 units that NFC leaves as it is. */
    static String ofLength(Random random, int length) {
        String alphabet = "abcxyzÅéßñ日本語Ω-_ .'\"<>{}$%";
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Random bytes, printable ASCII and ISO-8859-1 upper half mixed: legal in a header value, never a key. */
    static String headerJunk(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? 0x21 + random.nextInt(0x5E) : 0x80 + random.nextInt(0x80)));
        }
        return text.toString();
    }
}
