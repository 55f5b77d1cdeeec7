package com.applicationmanager.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's client, driven by src/bench/run.sh:
 * <ul>
 * <li>{@code setup}: creates the benchmark's clients (one per tenant, over three tiers) and job postings through
 * the API, and writes their keys to a file;</li>
 * <li>{@code load}: open-loop constant-rate steps against one endpoint, printing one {@code STEP} line each;</li>
 * <li>{@code jfr}: a summary of a flight recording (hot methods, contention, allocation).</li>
 * </ul>
 * Options are {@code --name=value}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Bench setup|load --option=value ...");
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "setup" -> new Setup(options.get("url"), options.get("admin-password"), options.get("bootstrap-key"))
                    .run(Path.of(options.get("keys-file")));
            case "load" -> load(options);
            case "jfr" -> JfrSummary.print(options.get("role"), Path.of(options.get("file")));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void load(Map<String, String> options) throws Exception {
        List<Setup.Client> clients = Setup.readKeys(Path.of(options.get("keys-file")));
        ApplicationFactory applications = new ApplicationFactory(clients, Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime()))));
        OutboxSampler outbox = options.containsKey("jdbc") ? new OutboxSampler(options.get("jdbc")) : null;
        StepPlan plan = new StepPlan(
                Arrays.stream(options.get("rates").split(",")).mapToInt(Integer::parseInt).toArray(),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("step-seconds", "12"))),
                Integer.parseInt(options.getOrDefault("warmup-rate", "200")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup-seconds", "5"))));
        try (OpenLoop loop = new OpenLoop(options.get("url"), options.get("path"),
                Integer.parseInt(options.getOrDefault("connections", "256")), applications)) {
            plan.run(options.getOrDefault("label", "load"), loop, outbox);
        } finally {
            if (outbox != null) {
                outbox.close();
            }
        }
        System.exit(0);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
