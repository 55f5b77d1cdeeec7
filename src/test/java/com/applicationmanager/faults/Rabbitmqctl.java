package com.applicationmanager.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The broker's own operator tool, for faults the way an operator or a crash would cause them. */
final class Rabbitmqctl {

    private Rabbitmqctl() {
    }

    static void closeAllConnections() {
        run("close_all_connections", "fault test");
    }

    static void stopApp() {
        run("stop_app");
    }

    static void startApp() {
        run("start_app");
        run("await_startup", "--timeout", "60");
    }

    private static void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in 90 s");
            }
            String output = new String(process.getInputStream().readAllBytes());
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl is needed for the fault suite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
