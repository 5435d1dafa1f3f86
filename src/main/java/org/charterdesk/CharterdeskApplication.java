package org.charterdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Charterdesk: complaints and customer-charter case management for UK councils. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CharterdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(CharterdeskApplication.class, args);
    }
}
