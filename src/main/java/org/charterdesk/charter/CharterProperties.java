package org.charterdesk.charter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charterdesk.charter.location}: the charter file loaded into an empty database. */
@ConfigurationProperties("charterdesk.charter")
public record CharterProperties(String location) {

    public CharterProperties {
        if (location == null || location.isBlank()) {
            location = "classpath:charter/sample-charter.yaml";
        }
    }
}
