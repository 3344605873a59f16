package dev.claimline.api.deploy;

import static dev.claimline.api.deploy.KubernetesManifests.all;
import static dev.claimline.api.deploy.KubernetesManifests.environment;
import static dev.claimline.api.deploy.KubernetesManifests.one;
import static dev.claimline.api.deploy.KubernetesManifests.podTemplates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.runtime.configuration.DurationConverter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes manifests in {@code k8s/} are valid objects of the Kubernetes API, and agree with the application
 * they deploy: its port, health and metrics paths, configuration keys, image name and user, and shutdown timing.
 */
class KubernetesManifestsTest {
    private static final String SERVER = "claimline";
    private static final String DB_SECRET = "claimline-db";

    private static Path root;
    private static Path base;
    private static Path overlay;
    private static List<HasMetadata> baseObjects;
    private static List<HasMetadata> overlayObjects;
    private static Properties application;

    @BeforeAll
    static void load() throws IOException {
        root = KubernetesManifests.root();
        base = root.resolve("k8s/base");
        overlay = root.resolve("k8s/overlays/postgres");
        baseObjects = KubernetesManifests.build(base);
        overlayObjects = KubernetesManifests.build(overlay);
        application = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve("api/src/main/resources/application.properties"))) {
            application.load(in);
        }
    }

    @Test
    void everyManifestReadsIntoTheKubernetesModelWithNoUnknownField() {
        List<Path> manifests = KubernetesManifests.yamlFiles(root.resolve("k8s")).stream()
                .filter(f -> !f.getFileName().toString().equals("kustomization.yaml"))
                .toList();
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(10);
        for (Path manifest : manifests) {
            assertThat(KubernetesManifests.read(manifest))
                    .as(manifest.toString())
                    .isNotEmpty();
        }
    }

    @Test
    void aMisspelledOrMisplacedFieldIsAnError(@TempDir Path dir) throws IOException {
        Path deployment = Files.writeString(
                dir.resolve("deployment.yaml"),
                Files.readString(base.resolve("deployment.yaml"))
                        .replace("path: /q/health/live", "paht: /q/health/live"));
        assertThatThrownBy(() -> KubernetesManifests.read(deployment))
                .hasMessageContaining("livenessProbe.httpGet: [paht]");

        Path service = Files.writeString(
                dir.resolve("service.yaml"),
                Files.readString(base.resolve("service.yaml")).replace("  type: ClusterIP", "  typo: ClusterIP"));
        assertThatThrownBy(() -> KubernetesManifests.read(service)).hasMessageContaining("spec: [typo]");
    }

    @Test
    void kustomizationsListEveryManifestOfTheirFolderButTheTemplate() {
        for (Path dir : List.of(base, overlay)) {
            var kustomization = KubernetesManifests.kustomization(dir);
            assertThat(kustomization.apiVersion()).isEqualTo("kustomize.config.k8s.io/v1beta1");
            assertThat(kustomization.kind()).isEqualTo("Kustomization");
            Set<String> files;
            try (var list = Files.list(dir)) {
                files = list.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                        .filter(f -> !f.endsWith(".template.yaml"))
                        .collect(Collectors.toCollection(TreeSet::new));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            Set<String> listed = kustomization.resources().stream()
                    .filter(r -> !r.startsWith(".."))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(listed).as(dir + " resources").isEqualTo(files);
        }
        assertThat(KubernetesManifests.kustomization(overlay).resources()).contains("../../base");
    }

    @Test
    void theDeploymentRunsTwoReplicasWithProbesOnTheApplicationsHealthEndpoints() {
        Deployment deployment = one(baseObjects, Deployment.class, SERVER);
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        Container container = server(deployment.getSpec().getTemplate());
        int port = Integer.parseInt(property("quarkus.http.port", "8080"));

        assertThat(container.getPorts())
                .extracting(ContainerPort::getContainerPort)
                .containsExactly(port);
        String health = "/" + property("quarkus.http.non-application-root-path", "q") + "/"
                + property("quarkus.smallrye-health.root-path", "health") + "/";
        assertProbe(
                container,
                container.getStartupProbe(),
                health + property("quarkus.smallrye-health.startup-path", "started"),
                port);
        assertProbe(
                container,
                container.getReadinessProbe(),
                health + property("quarkus.smallrye-health.readiness-path", "ready"),
                port);
        assertProbe(
                container,
                container.getLivenessProbe(),
                health + property("quarkus.smallrye-health.liveness-path", "live"),
                port);

        // Liveness must not fail before readiness would have: an outage of the database only takes pods out of service.
        assertThat(window(container.getLivenessProbe())).isGreaterThan(window(container.getReadinessProbe()));
        // The startup probe leaves Flyway minutes on a large database before liveness can restart the pod.
        assertThat(window(container.getStartupProbe())).isGreaterThanOrEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void prometheusScrapesTheMetricsEndpoint() {
        PodTemplateSpec template =
                one(baseObjects, Deployment.class, SERVER).getSpec().getTemplate();
        Map<String, String> annotations = template.getMetadata().getAnnotations();
        assertThat(annotations)
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry(
                        "prometheus.io/path",
                        "/" + property("quarkus.http.non-application-root-path", "q") + "/"
                                + property("quarkus.micrometer.export.prometheus.path", "metrics"))
                .containsEntry("prometheus.io/port", property("quarkus.http.port", "8080"));
    }

    @Test
    void serviceAutoscalerDisruptionBudgetAndNetworkPolicySelectTheServerPods() {
        Deployment deployment = one(baseObjects, Deployment.class, SERVER);
        Map<String, String> podLabels =
                deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels)
                .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        Container container = server(deployment.getSpec().getTemplate());

        Service service = one(baseObjects, Service.class, SERVER);
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        for (ServicePort port : service.getSpec().getPorts()) {
            assertThat(resolve(container, port.getTargetPort()))
                    .isEqualTo(container.getPorts().get(0).getContainerPort());
        }

        HorizontalPodAutoscaler hpa = one(baseObjects, HorizontalPodAutoscaler.class, SERVER);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(SERVER);
        assertThat(hpa.getSpec().getMinReplicas())
                .isEqualTo(deployment.getSpec().getReplicas());
        assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
        assertThat(hpa.getSpec().getMetrics()).anySatisfy(metric -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getAverageUtilization()).isBetween(50, 90);
        });
        // CPU utilisation is relative to the request: without one the autoscaler has nothing to go by.
        assertThat(container.getResources().getRequests()).containsKey("cpu");

        PodDisruptionBudget pdb = one(baseObjects, PodDisruptionBudget.class, SERVER);
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        // Drains can proceed (one pod at a time) and never take the last one.
        assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                .isBetween(1, hpa.getSpec().getMinReplicas() - 1);

        NetworkPolicy policy = one(baseObjects, NetworkPolicy.class, SERVER);
        assertThat(podLabels)
                .containsAllEntriesOf(policy.getSpec().getPodSelector().getMatchLabels());
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getIngress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(p -> resolve(container, p.getPort()))
                .contains(container.getPorts().get(0).getContainerPort());
        // Out to DNS and to the database's port.
        int databasePort =
                URI.create(jdbcUrl(baseObjects).substring("jdbc:".length())).getPort();
        assertThat(policy.getSpec().getEgress())
                .flatExtracting(rule -> rule.getPorts())
                .extracting(NetworkPolicyPort::getPort)
                .extracting(IntOrString::getIntVal)
                .contains(53, databasePort);
    }

    @Test
    void theImageIsTheOneTheBuildMakes() {
        String version = System.getProperty("claimline.version");
        assertThat(version)
                .as("system property claimline.version, set by the pom")
                .isNotBlank();
        String image = property("quarkus.container-image.group", null) + "/"
                + property("quarkus.container-image.name", null) + ":" + version;
        for (Deployment deployment : all(overlayObjects, Deployment.class)) {
            assertThat(server(deployment.getSpec().getTemplate()).getImage()).isEqualTo(image);
        }
    }

    @Test
    void everyVariableIsOneTheApplicationReadsAndTheReadmeDocuments() throws IOException {
        Set<String> documented = documentedVariables();
        Set<String> claimlineKeys = application.stringPropertyNames().stream()
                .filter(key -> key.startsWith("claimline."))
                .map(KubernetesManifestsTest::environmentName)
                .collect(Collectors.toSet());
        Map<String, Secret> templates = KubernetesManifests.read(base.resolve("secret.template.yaml")).stream()
                .map(Secret.class::cast)
                .collect(Collectors.toMap(secret -> secret.getMetadata().getName(), secret -> secret));

        for (List<HasMetadata> objects : List.of(baseObjects, overlayObjects)) {
            Container container =
                    server(one(objects, Deployment.class, SERVER).getSpec().getTemplate());
            Map<String, String> env = environment(container, objects);
            assertThat(env.keySet()).allSatisfy(name -> {
                assertThat(documented).as("README configuration table").contains(name);
                if (name.startsWith("CLAIMLINE_")) {
                    assertThat(claimlineKeys)
                            .as("claimline.* keys of application.properties")
                            .contains(name);
                }
            });
            assertThat(env)
                    .as("never an embedded database or sample data in a cluster")
                    .containsEntry("CLAIMLINE_EMBEDDED_ENABLED", "false")
                    .containsEntry("CLAIMLINE_SAMPLES_ENABLED", "false")
                    .containsEntry("QUARKUS_DATASOURCE_USERNAME", "secret:" + DB_SECRET + "/username")
                    .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "secret:" + DB_SECRET + "/password");
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://");
        }
        // Every Secret reference, the database's included, names a key the template has.
        for (PodTemplateSpec pod : podTemplates(overlayObjects)) {
            for (Container container : pod.getSpec().getContainers()) {
                container.getEnv().stream()
                        .filter(var -> var.getValueFrom() != null)
                        .map(var -> var.getValueFrom().getSecretKeyRef())
                        .forEach(ref -> {
                            assertThat(templates).containsKey(ref.getName());
                            assertThat(templates.get(ref.getName()).getStringData())
                                    .containsKey(ref.getKey());
                        });
            }
        }
        // Templates are not deployed: the real credentials never come from the repository.
        assertThat(all(overlayObjects, Secret.class)).isEmpty();
    }

    @Test
    void apiKeysComeFromAnOptionalSecretOfTheirOwn() {
        for (List<HasMetadata> objects : List.of(baseObjects, overlayObjects)) {
            Container container =
                    server(one(objects, Deployment.class, SERVER).getSpec().getTemplate());
            assertThat(environment(container, objects))
                    .containsEntry("CLAIMLINE_API_KEYS", "secret:claimline-api-keys/keys")
                    .containsEntry("CLAIMLINE_API_KEYS_PROTECT_READS", "false");
            var keys = container.getEnv().stream()
                    .filter(var -> var.getName().equals("CLAIMLINE_API_KEYS"))
                    .findFirst()
                    .orElseThrow();
            assertThat(keys.getValueFrom().getSecretKeyRef().getOptional())
                    .as("without the Secret the pods start, open, rather than fail")
                    .isTrue();
        }
    }

    @Test
    void podsRunAsTheImagesNonRootUserOnAReadOnlyRootWithAWritableTmp() throws IOException {
        Set<Long> imageUsers = new TreeSet<>();
        for (String dockerfile : List.of("Dockerfile.jvm", "Dockerfile.native")) {
            Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)\\s*$")
                    .matcher(Files.readString(root.resolve("api/src/main/docker/" + dockerfile)));
            assertThat(user.find()).as(dockerfile + " sets a numeric USER").isTrue();
            imageUsers.add(Long.parseLong(user.group(1)));
        }
        assertThat(imageUsers).hasSize(1);

        for (PodTemplateSpec pod : podTemplates(overlayObjects)) {
            PodSpec spec = pod.getSpec();
            String name = pod.getMetadata().getLabels().get("app.kubernetes.io/component");
            assertThat(spec.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(spec.getSecurityContext().getRunAsUser()).as(name).isPositive();
            assertThat(spec.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            assertThat(spec.getAutomountServiceAccountToken()).as(name).isFalse();
            for (Container container : spec.getContainers()) {
                var security = container.getSecurityContext();
                assertThat(security.getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(security.getCapabilities().getDrop()).as(name).containsExactly("ALL");
                assertThat(container.getVolumeMounts())
                        .as(name + " mounts a writable /tmp")
                        .anySatisfy(mount -> {
                            assertThat(mount.getMountPath()).isEqualTo("/tmp");
                            Volume volume = spec.getVolumes().stream()
                                    .filter(v -> v.getName().equals(mount.getName()))
                                    .findFirst()
                                    .orElseThrow();
                            assertThat(volume.getEmptyDir()).isNotNull();
                        });
            }
        }
        PodSpec server = one(baseObjects, Deployment.class, SERVER)
                .getSpec()
                .getTemplate()
                .getSpec();
        assertThat(server.getSecurityContext().getRunAsUser())
                .isEqualTo(imageUsers.iterator().next());
    }

    @Test
    void terminationWaitsForTheShutdownDelayAndTheInFlightRequests() {
        Deployment deployment = one(baseObjects, Deployment.class, SERVER);
        Map<String, String> env = environment(server(deployment.getSpec().getTemplate()), baseObjects);
        Duration delay = DurationConverter.parseDuration(env.get("QUARKUS_SHUTDOWN_DELAY"));
        Duration timeout = DurationConverter.parseDuration(property("quarkus.shutdown.timeout", null));
        assertThat(property("quarkus.shutdown.delay-enabled", "false")).isEqualTo("true");
        // The delay must outlast the readiness probe noticing, so that no new requests arrive after it.
        Probe readiness = server(deployment.getSpec().getTemplate()).getReadinessProbe();
        assertThat(delay.toSeconds()).isGreaterThanOrEqualTo(readiness.getPeriodSeconds());
        assertThat(Duration.ofSeconds(
                        deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()))
                .isGreaterThanOrEqualTo(delay.plus(timeout).plusSeconds(5));
    }

    @Test
    void everyContainerHasCpuAndMemoryRequestsAndAMemoryLimit() {
        for (PodTemplateSpec pod : podTemplates(overlayObjects)) {
            for (Container container : pod.getSpec().getContainers()) {
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                assertThat(requests).as(container.getName()).containsKeys("cpu", "memory");
                assertThat(limits).as(container.getName()).containsKey("memory");
                assertThat(Quantity.getAmountInBytes(limits.get("memory")))
                        .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get("memory")));
            }
        }
    }

    @Test
    void thePostgresOverlayServesTheDatabaseTheConfigMapNames() {
        URI url = URI.create(jdbcUrl(overlayObjects).substring("jdbc:".length()));
        Service service = one(overlayObjects, Service.class, url.getHost());
        assertThat(service.getSpec().getPorts())
                .extracting(ServicePort::getPort)
                .contains(url.getPort());

        StatefulSet postgres = all(overlayObjects, StatefulSet.class).stream()
                .filter(s -> s.getSpec()
                        .getServiceName()
                        .equals(service.getMetadata().getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no StatefulSet behind Service " + url.getHost()));
        Map<String, String> podLabels =
                postgres.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        Container container =
                postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (ServicePort port : service.getSpec().getPorts()) {
            assertThat(resolve(container, port.getTargetPort())).isEqualTo(url.getPort());
        }
        Map<String, String> env = environment(container, overlayObjects);
        assertThat(env).containsEntry("POSTGRES_DB", url.getPath().substring(1));
        assertThat(env).containsEntry("POSTGRES_USER", "secret:" + DB_SECRET + "/username");
        assertThat(env).containsEntry("POSTGRES_PASSWORD", "secret:" + DB_SECRET + "/password");

        // The data lives on a persistent volume, mounted where PGDATA points.
        assertThat(postgres.getSpec().getVolumeClaimTemplates()).hasSize(1);
        String claim = postgres.getSpec()
                .getVolumeClaimTemplates()
                .get(0)
                .getMetadata()
                .getName();
        String dataMount = container.getVolumeMounts().stream()
                .filter(m -> m.getName().equals(claim))
                .findFirst()
                .orElseThrow()
                .getMountPath();
        assertThat(env.get("PGDATA")).startsWith(dataMount + "/");

        // Only the server pods reach it.
        NetworkPolicy policy = all(overlayObjects, NetworkPolicy.class).stream()
                .filter(p -> podLabels
                        .entrySet()
                        .containsAll(
                                p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .findFirst()
                .orElseThrow();
        Map<String, String> serverLabels = one(overlayObjects, Deployment.class, SERVER)
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getLabels();
        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(serverLabels)
                    .containsAllEntriesOf(peer.getPodSelector().getMatchLabels()));
            assertThat(rule.getPorts())
                    .extracting(p -> resolve(container, p.getPort()))
                    .containsExactly(url.getPort());
        });
    }

    private static void assertProbe(Container container, Probe probe, String path, int port) {
        assertThat(probe).as("probe for " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(resolve(container, probe.getHttpGet().getPort())).isEqualTo(port);
        assertThat(probe.getTimeoutSeconds()).isLessThan(probe.getPeriodSeconds());
    }

    /** How long a probe fails before Kubernetes acts on it. */
    private static Duration window(Probe probe) {
        return Duration.ofSeconds((long) probe.getPeriodSeconds() * probe.getFailureThreshold());
    }

    /** A port given by number or by the name of one of the container's ports. */
    private static int resolve(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream()
                .filter(p -> port.getStrVal().equals(p.getName()))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no port named " + port.getStrVal() + " in " + container.getName()))
                .getContainerPort();
    }

    private static Container server(PodTemplateSpec template) {
        return template.getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(SERVER))
                .findFirst()
                .orElseThrow();
    }

    private static String jdbcUrl(List<HasMetadata> objects) {
        return one(objects, ConfigMap.class, SERVER).getData().get("QUARKUS_DATASOURCE_JDBC_URL");
    }

    /** The value the application runs with (prod profile), or {@code fallback}, Quarkus's default. */
    private static String property(String key, String fallback) {
        String value = application.getProperty("%prod." + key, application.getProperty(key, fallback));
        assertThat(value).as(key).isNotNull();
        return value;
    }

    /** The environment variable SmallRye Config maps to {@code property}. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** The variables in the first column of the README's configuration table. */
    private static Set<String> documentedVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|")
                .matcher(Files.readString(root.resolve("README.md")));
        while (row.find()) {
            names.add(row.group(1));
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
