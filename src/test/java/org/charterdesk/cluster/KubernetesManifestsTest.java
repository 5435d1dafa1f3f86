package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests in {@code deploy/kubernetes} hold together, checked offline (no cluster and no schema
 * download here): each kind at its API version, two or more replicas, probes on the health groups, selectors that
 * find the pods, an ingress with cookie affinity to the service's port, a disruption budget that keeps a node up,
 * and a secret whose every Charterdesk setting is one the application reads.
 */
class KubernetesManifestsTest {

    private static final Path MANIFESTS = Path.of("deploy", "kubernetes", "charterdesk.yaml");
    private static final Map<String, String> API_VERSIONS = Map.of(
            "Secret", "v1",
            "Deployment", "apps/v1",
            "Service", "v1",
            "Ingress", "networking.k8s.io/v1",
            "PodDisruptionBudget", "policy/v1");

    private final Map<String, JsonNode> byKind = read();

    @Test
    void everyKindIsThereAtItsApiVersion() {
        assertThat(byKind).containsOnlyKeys(API_VERSIONS.keySet());
        byKind.forEach((kind, manifest) -> {
            assertThat(manifest.path("apiVersion").asText()).as(kind).isEqualTo(API_VERSIONS.get(kind));
            assertThat(manifest.path("metadata").path("name").asText()).as(kind).isEqualTo("charterdesk");
        });
    }

    @Test
    void theDeploymentRunsSeveralNodesWithProbesOnTheHealthGroups() {
        JsonNode deployment = byKind.get("Deployment").path("spec");
        assertThat(deployment.path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.path("selector").path("matchLabels"))
                .isEqualTo(deployment.path("template").path("metadata").path("labels"));
        JsonNode container =
                deployment.path("template").path("spec").path("containers").get(0);
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/actuator/health/readiness");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/actuator/health/liveness");
        assertThat(container
                        .path("envFrom")
                        .get(0)
                        .path("secretRef")
                        .path("name")
                        .asText())
                .isEqualTo(byKind.get("Secret").path("metadata").path("name").asText());
        JsonNode preStop =
                container.path("lifecycle").path("preStop").path("exec").path("command");
        assertThat(preStop.get(0).asText()).isEqualTo("sleep");
        int waitBeforeStopping = preStop.get(1).asInt();
        assertThat(waitBeforeStopping)
                .as("the ingress has heard the pod is leaving before it closes its port")
                .isGreaterThanOrEqualTo(5);
        assertThat(deployment
                        .path("template")
                        .path("spec")
                        .path("terminationGracePeriodSeconds")
                        .asInt())
                .as("longer than the wait before stopping and the 30 s requests in flight are then given")
                .isGreaterThan(waitBeforeStopping + 30);
    }

    @Test
    void theServiceAndTheIngressReachThePodsWithCookieAffinity() {
        JsonNode pods = byKind.get("Deployment").path("spec").path("template");
        JsonNode service = byKind.get("Service").path("spec");
        assertThat(service.path("selector")).isEqualTo(pods.path("metadata").path("labels"));
        String containerPort = pods.path("spec")
                .path("containers")
                .get(0)
                .path("ports")
                .get(0)
                .path("name")
                .asText();
        assertThat(service.path("ports").get(0).path("targetPort").asText()).isEqualTo(containerPort);

        JsonNode ingress = byKind.get("Ingress");
        assertThat(ingress.path("metadata")
                        .path("annotations")
                        .path("nginx.ingress.kubernetes.io/affinity")
                        .asText())
                .isEqualTo("cookie");
        JsonNode backend = ingress.path("spec")
                .path("rules")
                .get(0)
                .path("http")
                .path("paths")
                .get(0)
                .path("backend");
        assertThat(backend.path("service").path("name").asText()).isEqualTo("charterdesk");
        assertThat(backend.path("service").path("port").path("name").asText())
                .isEqualTo(service.path("ports").get(0).path("name").asText());
    }

    /**
     * The JVM needs about 450 MiB besides its heap (ContainerMemoryBenchmarkIT, native memory tracking), so the heap's
     * share of the pod's memory limit must leave that much: at 75% of 1 GiB the pod could be killed for its memory.
     */
    @Test
    void theHeapLeavesTheJvmRoomWithinThePodsMemoryLimit() {
        JsonNode container = byKind.get("Deployment")
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        String limit = container.path("resources").path("limits").path("memory").asText();
        assertThat(limit).matches("\\d+Gi");
        long limitMiB = Long.parseLong(limit.replace("Gi", "")) * 1024;
        String options = "";
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                options = variable.path("value").asText();
            }
        }
        Matcher share = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(options);
        assertThat(share.find()).as("the heap's share is set: " + options).isTrue();
        long heapMiB = limitMiB * Long.parseLong(share.group(1)) / 100;
        assertThat(limitMiB - heapMiB)
                .as("MiB left beside a %d MiB heap", heapMiB)
                .isGreaterThanOrEqualTo(450);
    }

    @Test
    void theDisruptionBudgetKeepsANodeUp() {
        JsonNode budget = byKind.get("PodDisruptionBudget").path("spec");
        assertThat(budget.path("minAvailable").asInt())
                .isBetween(
                        1,
                        byKind.get("Deployment").path("spec").path("replicas").asInt() - 1);
        assertThat(budget.path("selector").path("matchLabels"))
                .isEqualTo(
                        byKind.get("Deployment").path("spec").path("selector").path("matchLabels"));
    }

    @Test
    void theSecretHoldsOnlySettingsTheApplicationReads() throws IOException {
        String configuration = Files.readString(Path.of("src", "main", "resources", "application.yaml"));
        List<String> keys = StreamSupport.stream(
                        ((Iterable<String>) () ->
                                        byKind.get("Secret").path("stringData").fieldNames())
                                .spliterator(),
                        false)
                .toList();
        assertThat(keys).contains("CHARTERDESK_DB_URL", "CHARTERDESK_DB_PASSWORD", "SPRING_MAIL_HOST");
        for (String key : keys) {
            if (key.startsWith("CHARTERDESK_")) {
                assertThat(configuration).as(key).contains("${" + key);
            }
        }
    }

    private static Map<String, JsonNode> read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try {
            List<JsonNode> documents = yaml.readerFor(JsonNode.class)
                    .<JsonNode>readValues(MANIFESTS.toFile())
                    .readAll();
            return documents.stream()
                    .collect(Collectors.toMap(d -> d.path("kind").asText(), d -> d));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + MANIFESTS, e);
        }
    }
}
