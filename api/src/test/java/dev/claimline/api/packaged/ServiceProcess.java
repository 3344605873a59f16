package dev.claimline.api.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, or the native executable when the {@code native}
 * profile built one) started as its own process, configured only through environment variables, in an empty working
 * directory, its output in a file.
 */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the service with exactly {@code environment} for its {@code QUARKUS_*} and {@code CLAIMLINE_*} variables
     * (none are inherited), listening on {@code port}.
     */
    static ServiceProcess start(String name, Map<String, String> environment, int port, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("CLAIMLINE_"));
            env.putAll(environment);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new ServiceProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The native executable when there is one (built with -Pnative), else the JVM with the fast-jar. */
    private static List<String> command() {
        Path module = Path.of("").toAbsolutePath();
        String nativeImage = System.getProperty("native.image.path");
        if (nativeImage != null && Files.isExecutable(Path.of(nativeImage))) {
            return List.of(Path.of(nativeImage).toAbsolutePath().toString());
        }
        Path jar = module.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged application at " + jar + ": run ./mvnw verify");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
        return command;
    }

    int port() {
        return port;
    }

    /** Waits until {@code path} answers {@code status}; fails with the end of the log when it does not in time. */
    void awaitStatus(String path, int status, Duration timeout) {
        awaitResponse(path, response -> response.statusCode() == status, timeout, "HTTP " + status);
    }

    void awaitResponse(String path, Predicate<HttpResponse<String>> condition, Duration timeout, String description) {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " waiting for " + path
                        + " to answer " + description + "; its log ends:\n" + tail(40));
            }
            try {
                last = get(path);
                if (condition.test(last)) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError(name + ": " + path + " did not answer " + description + " within " + timeout
                + " (last: " + (last == null ? "no answer" : last.statusCode() + " " + last.body()) + "); log ends:\n"
                + tail(40));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> postJson(String path, String json, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Sends SIGTERM, as Kubernetes does to stop a pod. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(
                        name + " still runs " + timeout + " after it was told to stop; log ends:\n" + tail(40));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Every line the service wrote so far. */
    List<String> logLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String tail(int lines) {
        List<String> all = logLines();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the process for good: SIGTERM, then SIGKILL if it has not ended in 40 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
