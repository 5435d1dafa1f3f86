package org.charterdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Charterdesk: complaints and customer-charter case management for UK councils. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CharterdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(CharterdeskApplication.class, args);
    }
}
