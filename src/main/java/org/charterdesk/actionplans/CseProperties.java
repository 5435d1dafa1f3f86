package org.charterdesk.actionplans;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/** {@code charterdesk.cse.*}: where the Customer Service Excellence standard is read from on first start. */
@ConfigurationProperties("charterdesk.cse")
public record CseProperties(Resource location) {

    public CseProperties {
        if (location == null) {
            location = new DefaultResourceLoader().getResource("classpath:cse/customer-service-excellence.yaml");
        }
    }
}
