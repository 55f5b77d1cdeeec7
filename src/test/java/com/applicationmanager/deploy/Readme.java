package com.applicationmanager.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's configuration table: `setting` | `ENVIRONMENT` | default | what. */
final class Readme {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*`([A-Z0-9_]+)`\\s*\\|");

    private Readme() {
    }

    /** Setting to environment variable, as the table lists them. */
    static Map<String, String> configurationTable() {
        Map<String, String> rows = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Renderings.PROJECT.resolve("README.md"))) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    rows.put(row.group(1), row.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Set<String> environmentVariables() {
        return Set.copyOf(configurationTable().values());
    }
}
