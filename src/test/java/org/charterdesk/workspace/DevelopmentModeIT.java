package org.charterdesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo and the tests run Vaadin in development mode. Its component tracker, there for the development tools,
 * records the stack of every component made and attached: measured, 2.9 MiB of heap a session with its task list
 * open (82,000 stack frames), and a stack walk for every component, which production never has. It is off with the
 * tools, as the running server's configuration says: the tracker asks exactly this.
 */
class DevelopmentModeIT extends IntegrationTestBase {

    @Autowired
    ServletContext servletContext;

    @Test
    void theComponentTrackerIsOffWithTheDevelopmentTools() {
        ApplicationConfiguration configuration = ApplicationConfiguration.get(new VaadinServletContext(servletContext));

        assertThat(configuration.isProductionMode())
                .as("the tests run in development mode")
                .isFalse();
        assertThat(configuration.getBooleanProperty(
                        InitParameters.APPLICATION_PARAMETER_DEVMODE_ENABLE_COMPONENT_TRACKER, true))
                .isFalse();
    }
}
