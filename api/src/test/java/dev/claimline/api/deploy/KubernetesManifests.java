package dev.claimline.api.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The manifests under {@code k8s/}, read into fabric8's typed Kubernetes model. Reading is strict: a field the model
 * does not know (a typo, a wrong indentation, a field of another API version) is an error, found by walking every
 * object read for the {@code additionalProperties} that fabric8 keeps such fields in.
 */
final class KubernetesManifests {
    /** The kinds the manifests may use, by {@code apiVersion/kind}. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A kustomization file: only the fields Claimline's use, so that anything else is noticed. */
    record Kustomization(
            String apiVersion,
            String kind,
            String namespace,
            List<LabelSet> labels,
            List<String> resources,
            List<Image> images,
            List<Patch> patches) {
        Kustomization {
            resources = resources == null ? List.of() : List.copyOf(resources);
        }
    }

    record LabelSet(Map<String, String> pairs, Boolean includeSelectors, Boolean includeTemplates) {}

    record Image(String name, String newName, String newTag, String digest) {}

    record Patch(String path, String patch, Map<String, String> target) {}

    private KubernetesManifests() {}

    /** The repository's {@code k8s/} folder, from the module folder Maven runs tests in or from the repository root. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isRegularFile(dir.resolve("api/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root with k8s/ above " + here);
    }

    static Kustomization kustomization(Path dir) {
        try {
            return YAML.readValue(dir.resolve("kustomization.yaml").toFile(), Kustomization.class);
        } catch (IOException e) {
            throw new UncheckedIOException("kustomization in " + dir + " does not read: " + e.getMessage(), e);
        }
    }

    /**
     * Every object the kustomization in {@code dir} deploys, its bases' included, in the order kustomize lists them.
     */
    static List<HasMetadata> build(Path dir) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String resource : kustomization(dir).resources()) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else {
                objects.addAll(read(path));
            }
        }
        return objects;
    }

    /** The objects in one YAML file (one or more documents), strictly read. */
    static List<HasMetadata> read(Path file) {
        List<HasMetadata> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode node = it.next();
                if (node == null || node.isNull() || node.isEmpty()) {
                    continue;
                }
                String type = node.path("apiVersion").asText() + "/"
                        + node.path("kind").asText();
                Class<? extends HasMetadata> kind = KINDS.get(type);
                if (kind == null) {
                    throw new IllegalArgumentException(file + ": unexpected kind " + type);
                }
                HasMetadata object = YAML.treeToValue(node, kind);
                List<String> unknown = new ArrayList<>();
                unknownFields(object, type + " " + object.getMetadata().getName(), unknown);
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException(file + ": fields the Kubernetes API does not have: " + unknown);
                }
                objects.add(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " does not read as Kubernetes objects: " + e.getMessage(), e);
        }
        return objects;
    }

    /** Every YAML file under {@code dir}, recursively. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds to {@code problems} every non-empty {@code additionalProperties} in the object graph below {@code node},
     * with its path: where fabric8 keeps the fields its model does not know.
     */
    static void unknownFields(Object node, String path, List<String> problems) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, problems));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(node);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (field.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add(path + ": " + extra.keySet());
                    }
                } else {
                    unknownFields(value, path + "." + field.getName(), problems);
                }
            }
        }
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> kind, String name) {
        return find(objects, kind, name)
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " named " + name));
    }

    static <T extends HasMetadata> Optional<T> find(List<HasMetadata> objects, Class<T> kind, String name) {
        return all(objects, kind).stream()
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst();
    }

    /** The pod templates of every workload (Deployments and StatefulSets). */
    static List<PodTemplateSpec> podTemplates(List<HasMetadata> objects) {
        List<PodTemplateSpec> templates = new ArrayList<>();
        all(objects, Deployment.class).forEach(d -> templates.add(d.getSpec().getTemplate()));
        all(objects, StatefulSet.class).forEach(s -> templates.add(s.getSpec().getTemplate()));
        return templates;
    }

    /**
     * The environment {@code container} gets: its ConfigMaps' data, then its own {@code env} entries (a Secret
     * reference as {@code secret:<name>/<key>}), as Kubernetes resolves them.
     */
    static Map<String, String> environment(Container container, List<HasMetadata> objects) {
        Map<String, String> env = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            container.getEnvFrom().forEach(source -> {
                if (source.getConfigMapRef() != null) {
                    env.putAll(one(
                                    objects,
                                    ConfigMap.class,
                                    source.getConfigMapRef().getName())
                            .getData());
                }
                if (source.getSecretRef() != null) {
                    throw new AssertionError("envFrom a whole Secret hides which variables it sets; name them");
                }
            });
        }
        if (container.getEnv() != null) {
            container.getEnv().forEach(var -> {
                if (var.getValueFrom() == null) {
                    env.put(var.getName(), var.getValue());
                } else if (var.getValueFrom().getSecretKeyRef() != null) {
                    var ref = var.getValueFrom().getSecretKeyRef();
                    env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
                } else {
                    env.put(var.getName(), "ref:" + var.getValueFrom());
                }
            });
        }
        return env;
    }
}
