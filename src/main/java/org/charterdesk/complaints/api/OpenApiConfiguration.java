package org.charterdesk.complaints.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI charterdeskApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Charterdesk API")
                        .version("v1")
                        .description("Complaints and the customer charter. Making a complaint and asking for stage 2 "
                                + "are open to the public; everything else is for council staff, who sign in with "
                                + "their own username and password (HTTP Basic) or their browser session."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")));
    }
}
