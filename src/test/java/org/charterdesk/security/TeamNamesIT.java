package org.charterdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Teams by the names people use, from the charter's service names. */
class TeamNamesIT extends IntegrationTestBase {

    @Autowired
    TeamNames teams;

    @Test
    void groupIdsBecomeTeamNames() {
        assertThat(teams.of("housing-officers")).isEqualTo("Housing officers");
        assertThat(teams.of("waste-managers")).isEqualTo("Waste and Recycling managers");
        assertThat(teams.of("intake")).isEqualTo("Customer services");
        assertThat(teams.of(List.of("housing-officers", "housing-managers", "intake")))
                .isEqualTo("Housing officers, Housing managers and Customer services");
        assertThat(teams.of("someone-elses-group")).isEqualTo("someone-elses-group");
    }
}
