package com.applicationmanager.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Names where a process spent its time under load, from a JFR recording: the hottest methods (top frame of the
 * execution samples), the same by package, the application's own frames that the samples pass through, the
 * monitors threads waited on longest, and what was allocated most. Prints {@code JFR <role> ...} lines.
 */
final class JfrSummary {

    private static final int TOP = 8;
    /** Where idle threads of the usual pools wait for work. */
    private static final java.util.Set<String> IDLE_PARKING = java.util.Set.of("EnhancedQueueExecutor$PoolThreadNode.park",
            "SingleThreadEventExecutor.takeTask", "ThreadTimer.lambda$new$1");

    private final Map<String, Long> selfMethods = new HashMap<>();
    private final Map<String, Long> selfPackages = new HashMap<>();
    private final Map<String, Long> applicationFrames = new HashMap<>();
    private final Map<String, Long> contentionNanos = new HashMap<>();
    private final Map<String, Long> allocationBytes = new HashMap<>();
    private long samples;

    static void print(String role, Path recording) throws Exception {
        JfrSummary summary = new JfrSummary();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            summary.add(event);
        }
        summary.report(role);
    }

    private void add(RecordedEvent event) {
        String type = event.getEventType().getName();
        if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                return;
            }
            samples++;
            String top = name(frames.get(0));
            selfMethods.merge(top, 1L, Long::sum);
            selfPackages.merge(packageOf(frames.get(0)), 1L, Long::sum);
            frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("com.applicationmanager")).findFirst()
                    .ifPresent(f -> applicationFrames.merge(name(f), 1L, Long::sum));
        } else if (type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.ThreadPark")) {
            RecordedClass monitor = type.equals("jdk.JavaMonitorEnter") ? event.getClass("monitorClass") : event.getClass("parkedClass");
            RecordedFrame where = event.getStackTrace() == null ? null : firstOutsideJdk(event.getStackTrace().getFrames());
            if (where == null || IDLE_PARKING.contains(name(where))) {
                return; // an idle pool thread waiting for work, not a thread held up
            }
            String site = name(where);
            String key = type.substring(4) + " " + (monitor == null ? "-" : monitor.getName()) + " at " + site;
            contentionNanos.merge(key, event.getDuration().toNanos(), Long::sum);
        } else if (type.equals("jdk.ObjectAllocationSample")) {
            allocationBytes.merge(event.getClass("objectClass").getName(), event.getLong("weight"), Long::sum);
        }
    }

    private void report(String role) {
        System.out.printf(Locale.ROOT, "JFR %s samples=%d%n", role, samples);
        top(role, "hot-method (self)", selfMethods, samples, "%");
        top(role, "hot-package (self)", selfPackages, samples, "%");
        top(role, "application-frame (inclusive)", applicationFrames, samples, "%");
        top(role, "contention (total ms)", contentionNanos, 1_000_000, "ms");
        top(role, "allocation (MB sampled)", allocationBytes, 1_048_576, "MB");
    }

    private static void top(String role, String title, Map<String, Long> counts, long unit, String suffix) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP).forEach(entry -> {
            double value = suffix.equals("%") ? 100.0 * entry.getValue() / Math.max(1, unit) : entry.getValue() / (double) unit;
            System.out.printf(Locale.ROOT, "JFR %s %s %.1f%s %s%n", role, title, value, suffix, entry.getKey());
        });
    }

    /** The first frame outside the JDK; null when the whole stack is the JDK's (an idle executor thread). */
    private static RecordedFrame firstOutsideJdk(List<RecordedFrame> frames) {
        return frames.stream().filter(f -> !f.getMethod().getType().getName().startsWith("java.")
                && !f.getMethod().getType().getName().startsWith("jdk.")
                && !f.getMethod().getType().getName().startsWith("sun.")).findFirst().orElse(null);
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static String packageOf(RecordedFrame frame) {
        String[] parts = frame.getMethod().getType().getName().split("\\.");
        return String.join(".", java.util.Arrays.copyOfRange(parts, 0, Math.min(3, Math.max(1, parts.length - 1))));
    }
}
