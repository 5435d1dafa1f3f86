package org.charterdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.security.single-sign-on.*}: how a member of staff signed in by the council's OpenID Connect
 * provider becomes a Charterdesk user. The provider is Spring Boot's
 * {@code spring.security.oauth2.client.registration.*}; with none, single sign-on is off.
 *
 * @param usernameClaim the claim that names the user (Microsoft Entra ID: {@code preferred_username})
 * @param groupsClaim the claim that lists the user's groups or roles at the provider
 * @param groups for each group or role at the provider (as the claim gives it: a name, or Entra's object id), the
 *     Charterdesk groups it stands for, such as {@code housing-officers}
 */
@ConfigurationProperties("charterdesk.security.single-sign-on")
public record SingleSignOnProperties(String usernameClaim, String groupsClaim, Map<String, List<String>> groups) {

    public SingleSignOnProperties {
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        groupsClaim = groupsClaim == null ? "groups" : groupsClaim;
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    /** The Charterdesk groups that a user's groups at the provider stand for. */
    Set<String> charterdeskGroups(Collection<String> providerGroups) {
        Set<String> mapped = new TreeSet<>();
        providerGroups.forEach(group -> mapped.addAll(groups.getOrDefault(group, List.of())));
        return mapped;
    }
}
