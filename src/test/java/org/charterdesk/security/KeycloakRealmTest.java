package org.charterdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Keycloak realm of docker-compose.yml and the "keycloak" profile agree: every demo user there is in a group the
 * profile maps to a Charterdesk group, and the client's redirect is the one Charterdesk's registration uses.
 */
class KeycloakRealmTest {

    private static final Path REALM = Path.of("deploy", "keycloak", "charterdesk-realm.json");

    @Test
    void everyDemoUserOfTheRealmLandsInACharterdeskGroup() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(REALM));
        Map<String, List<String>> mapping = keycloakProfileGroups();
        Set<String> users = new TreeSet<>();
        for (JsonNode user : realm.get("users")) {
            for (JsonNode group : user.get("groups")) {
                String name = group.asText().substring(1);
                assertThat(mapping)
                        .as("group %s of %s", name, user.get("username"))
                        .containsKey(name);
                users.add(user.get("username").asText());
            }
        }
        assertThat(users).contains("olivia", "max", "fran", "cora", "ada");
        JsonNode client = realm.get("clients").get(0);
        assertThat(client.get("redirectUris").get(0).asText()).endsWith("/login/oauth2/code/council");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> keycloakProfileGroups() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (InputStream yaml = Files.newInputStream(Path.of("src", "main", "resources", "application.yaml"))) {
            new Yaml().loadAll(yaml).forEach(document -> documents.add((Map<String, Object>) document));
        }
        Map<String, Object> profile = documents.stream()
                .filter(document -> "keycloak".equals(at(document, "spring", "config", "activate", "on-profile")))
                .findFirst()
                .orElseThrow();
        return (Map<String, List<String>>) at(profile, "charterdesk", "security", "single-sign-on", "groups");
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> document, String... path) {
        Object node = document;
        for (String key : path) {
            node = node instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : null;
        }
        return node;
    }
}
