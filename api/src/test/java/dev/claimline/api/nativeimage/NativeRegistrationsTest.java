package dev.claimline.api.nativeimage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimline.api.dto.ProblemJson;
import dev.claimline.extraction.Gazetteer;
import dev.claimline.persistence.topic.TopicLexicon;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a native image must be told about, because the code reaches it by name at runtime: every data file that
 * extraction, persistence and the samples read ({@code quarkus.native.resources.includes}), and every class that
 * Jackson reads or writes without Quarkus seeing it in a resource method's signature ({@code @RegisterForReflection}).
 * The packaged application itself is exercised by {@code PackagedApplicationIT}, also against a native executable.
 */
class NativeRegistrationsTest {
    private static List<PathMatcher> included;
    private static List<String> patterns;

    @BeforeAll
    static void readIncludes() throws IOException {
        Properties application = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        patterns = Arrays.stream(application
                        .getProperty("quarkus.native.resources.includes", "")
                        .split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        FileSystem fs = FileSystems.getDefault();
        included = patterns.stream().map(p -> fs.getPathMatcher("glob:" + p)).toList();
    }

    @Test
    void everyDataFileTheCodeReadsByNameIsInTheNativeImage() {
        Map<String, Class<?>> modules = Map.of(
                "extraction", Gazetteer.class,
                "persistence", TopicLexicon.class,
                "api", ProblemJson.class);
        List<String> resources = new ArrayList<>();
        modules.values().forEach(module -> resources.addAll(resources(module)));
        List<String> read = resources.stream()
                .filter(r -> r.startsWith("dev/claimline/") || r.startsWith("samples/"))
                .toList();
        // The gazetteer, the lexicons, the topic lists and the samples at least.
        assertThat(read)
                .contains(
                        "dev/claimline/extraction/actors.tsv",
                        "dev/claimline/extraction/lexicon/speech-verbs.tsv",
                        "dev/claimline/persistence/topic/topics.tsv",
                        "samples/index.txt");
        assertThat(read).allSatisfy(resource -> assertThat(included)
                .as("%s is matched by quarkus.native.resources.includes %s", resource, patterns)
                .anyMatch(matcher -> matcher.matches(Path.of(resource))));
    }

    @Test
    void everyIncludePatternMatchesSomething() {
        for (String pattern : patterns) {
            if (!pattern.contains("*")) {
                assertThat(Thread.currentThread().getContextClassLoader().getResource(pattern))
                        .as(pattern)
                        .isNotNull();
            }
        }
    }

    @Test
    void everyJsonClassIsRegisteredForReflection() {
        List<Class<?>> dtos = classes(ProblemJson.class);
        assertThat(dtos).hasSizeGreaterThan(5);
        assertThat(dtos).allSatisfy(dto -> assertThat(dto.isAnnotationPresent(RegisterForReflection.class))
                .as("%s is annotated @RegisterForReflection", dto.getName())
                .isTrue());
    }

    /** The non-class files in the jar or folder {@code member} was loaded from, as resource names. */
    private static List<String> resources(Class<?> member) {
        return walk(member, (root, file) -> file.toString().endsWith(".class") ? null : root.relativize(file));
    }

    /** The classes in the package of {@code member} (nested ones too), from its jar or folder. */
    private static List<Class<?>> classes(Class<?> member) {
        String packagePath = member.getPackageName().replace('.', '/') + "/";
        List<Class<?>> classes = new ArrayList<>();
        for (String name : walk(member, (root, file) -> root.relativize(file))) {
            if (name.startsWith(packagePath)
                    && name.endsWith(".class")
                    && name.indexOf('/', packagePath.length()) < 0
                    && !name.matches(".*\\$\\d+\\.class")) {
                String className =
                        name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    classes.add(Class.forName(className, false, member.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return classes;
    }

    private interface Visitor {
        Path visit(Path root, Path file);
    }

    private static List<String> walk(Class<?> member, Visitor visitor) {
        try {
            Path location = Path.of(
                    member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return walkTree(location, visitor);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return walkTree(jar.getPath("/"), visitor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> walkTree(Path root, Visitor visitor) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> visitor.visit(root, file))
                    .filter(p -> p != null)
                    .map(p -> p.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
