package com.applicationmanager.bench.jobrunr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory from /proc/self/status, as run.sh reads it for the application's processes. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** A field such as VmRSS (now) or VmHWM (peak), in kilobytes; -1 where /proc is not there. */
    static long kilobytes(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
