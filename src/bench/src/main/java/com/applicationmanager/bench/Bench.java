package com.applicationmanager.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The benchmark's client, driven by src/bench/run.sh:
 * <ul>
 * <li>{@code setup}: creates the benchmark's clients (one per tenant, over three tiers) and job postings through
 * the API, and writes their keys to a file;</li>
 * <li>{@code load}: open-loop constant-rate steps against one endpoint, printing one {@code STEP} line each;</li>
 * <li>{@code closed}: closed-loop single submissions over N connections, printing one {@code CLOSED} line;</li>
 * <li>{@code bulk}: closed-loop bulk imports of N applications per request, printing one {@code BULK} line, or
 * {@code BULK skipped} when the intake has no bulk endpoint (404 or 405);</li>
 * <li>{@code relay}: the outbox relay's rate on a backlog, printing one {@code RELAY} line;</li>
 * <li>{@code jfr}: a summary of a flight recording (hot methods, contention, allocation).</li>
 * </ul>
 * Options are {@code --name=value}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Bench setup|load|closed|bulk|relay|jfr --option=value ...");
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "setup" -> new Setup(options.get("url"), options.get("admin-password"))
                    .run(Path.of(options.get("keys-file")));
            case "load" -> load(options);
            case "closed" -> closed(options);
            case "bulk" -> Bulk.run(options);
            case "relay" -> RelayWatch.run(options.get("jdbc"), Long.parseLong(options.getOrDefault("timeout-seconds", "120")));
            case "jfr" -> JfrSummary.print(options.get("role"), Path.of(options.get("file")));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static void load(Map<String, String> options) throws Exception {
        ApplicationFactory applications = factory(options);
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

    private static void closed(Map<String, String> options) throws Exception {
        ApplicationFactory applications = factory(options);
        Supplier<ClosedLoop.Request> next = () -> {
            ApplicationFactory.Request request = applications.next();
            return new ClosedLoop.Request(request.apiKey(), request.idempotencyKey(), request.body(), 1);
        };
        try (ClosedLoop loop = new ClosedLoop(options.get("url"), options.get("path"),
                Integer.parseInt(options.getOrDefault("connections", "32")))) {
            long warmup = Long.parseLong(options.getOrDefault("warmup-seconds", "3"));
            if (warmup > 0) {
                loop.run(Duration.ofSeconds(warmup), next);
            }
            ClosedLoop.Result result = loop.run(Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15"))), next);
            System.out.println("CLOSED " + options.getOrDefault("label", "closed") + " " + result.line());
        }
        System.exit(0);
    }

    static ApplicationFactory factory(Map<String, String> options) throws Exception {
        return new ApplicationFactory(Setup.readKeys(Path.of(options.get("keys-file"))),
                Long.parseLong(options.getOrDefault("seed", String.valueOf(System.nanoTime()))));
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
