package dev.claimline.api.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment {@code k8s/base} gives the Claimline container, for tests that run the service as a pod would. */
public final class ManifestEnvironment {
    private ManifestEnvironment() {}

    /**
     * The container's variables with {@code replacements} applied: a key that is a variable name replaces its value
     * (the database URL, say), a key {@code secret:<name>/<key>} stands for that Secret's value. Every Secret
     * reference must be replaced, except optional ones: those left are unset, as Kubernetes leaves them without the
     * Secret.
     */
    public static Map<String, String> server(Map<String, String> replacements) {
        List<HasMetadata> objects =
                KubernetesManifests.build(KubernetesManifests.root().resolve("k8s/base"));
        Deployment deployment = KubernetesManifests.one(objects, Deployment.class, "claimline");
        var container =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = new LinkedHashMap<>();
        java.util.Set<String> optional = container.getEnv().stream()
                .filter(var -> var.getValueFrom() != null
                        && var.getValueFrom().getSecretKeyRef() != null
                        && Boolean.TRUE.equals(
                                var.getValueFrom().getSecretKeyRef().getOptional()))
                .map(var -> var.getName())
                .collect(java.util.stream.Collectors.toSet());
        KubernetesManifests.environment(container, objects).forEach((name, value) -> {
            String resolved = replacements.getOrDefault(name, replacements.getOrDefault(value, value));
            if (resolved.startsWith("secret:") && optional.contains(name)) {
                return;
            }
            if (resolved.startsWith("secret:") || resolved.startsWith("ref:")) {
                throw new IllegalArgumentException("no value for " + name + " (" + resolved + ")");
            }
            env.put(name, resolved);
        });
        return env;
    }
}
