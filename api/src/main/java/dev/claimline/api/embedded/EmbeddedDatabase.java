package dev.claimline.api.embedded;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server Claimline runs itself when no database is configured. Its data lives in a directory of the
 * user's choosing and survives restarts and crashes:
 *
 * <ul>
 *   <li>the cluster is kept ({@code initdb} only on an empty directory) and runs with {@code fsync} and {@code
 *       synchronous_commit} on, which zonky turns off by default;
 *   <li>a file lock on {@code <dir>/claimline.lock} keeps a second Claimline off the same directory, with a clear
 *       message;
 *   <li>a server left running by a Claimline that was killed is stopped before the new one starts.
 * </ul>
 *
 * <p>The directory holds the lock file and the cluster in {@code <dir>/postgresql}. Whoever starts the database closes
 * it; zonky's own shutdown hook is off so that the application can stop before its database does.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final String LOCK_FILE = "claimline.lock";
    private static final String CLUSTER_DIR = "postgresql";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
    }

    /**
     * Starts the server on {@code directory}, creating the cluster on first use.
     *
     * @throws EmbeddedDatabaseException when another process holds the directory or the server does not start
     */
    public static EmbeddedDatabase start(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        FileChannel lockChannel = lock(dir);
        try {
            Path cluster = dir.resolve(CLUSTER_DIR);
            stopOrphanedServer(cluster);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            Log.infof("Embedded PostgreSQL on port %d, data in %s", postgres.getPort(), cluster);
            return new EmbeddedDatabase(postgres, lockChannel);
        } catch (EmbeddedDatabaseException e) {
            closeQuietly(lockChannel);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(lockChannel);
            throw new EmbeddedDatabaseException("Could not start the embedded PostgreSQL in " + dir + ": " + e, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Stops the server (fast shutdown: open sessions are ended, committed data is safe) and releases the lock. */
    @Override
    public void close() {
        try {
            postgres.close();
            Log.infof("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private static FileChannel lock(Path dir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process: just as taken as by another one
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseException("Could not lock the database directory " + dir + ": " + e, e);
        }
        closeQuietly(channel);
        throw new EmbeddedDatabaseException("Another Claimline is already running on the database in " + dir
                + ". Stop it first, or give this one its own directory with claimline.embedded.data-dir.");
    }

    /**
     * A Claimline that was killed (SIGKILL, power loss of the JVM only) leaves its PostgreSQL running, and the next
     * start would fail on its {@code postmaster.pid}. Holding the lock proves no Claimline uses that server any more, so
     * it is stopped here; its data is intact and recovers on the next start.
     */
    private static void stopOrphanedServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        boolean ours = lines.size() > 1 && Path.of(lines.get(1).strip()).equals(cluster);
        if (server.isEmpty() || !ours || !isPostgres(server.get())) {
            Log.warnf("Removing the stale %s of a PostgreSQL that is no longer running", pidFile);
            Files.delete(pidFile);
            return;
        }
        ProcessHandle process = server.get();
        Log.warnf(
                "Stopping the PostgreSQL (pid %d) left running on %s by a Claimline that did not shut down",
                process.pid(), cluster);
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new EmbeddedDatabaseException("The PostgreSQL (pid " + process.pid() + ") left running on " + cluster
                    + " did not stop within " + ORPHAN_STOP_TIMEOUT.toSeconds() + " s; stop it and start again.");
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for PostgreSQL " + process.pid() + " to stop", e);
        }
    }

    private static Optional<ProcessHandle> parsePid(String line) {
        try {
            return ProcessHandle.of(Long.parseLong(line.strip())).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            Log.debugf(e, "Could not close the lock file");
        }
    }
}
