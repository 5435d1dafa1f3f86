package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the triage decision table ({@code processes/complaint-triage.dmn}). */
class ComplaintTriageDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision triage;

    /** The ids of the rules that matched in this class's tests, to check that every rule was exercised. */
    private static final Set<String> MATCHED = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void parse() throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(
                List.of(event -> event.getMatchingRules().forEach(rule -> MATCHED.add(rule.getId()))));
        dmn = configuration.buildEngine();
        try (InputStream in =
                ComplaintTriageDecisionTest.class.getResourceAsStream("/processes/complaint-triage.dmn")) {
            triage = dmn.parseDecision("complaint-triage", in);
        }
    }

    private static DmnDecisionTableResult decide(
            String matterType, boolean highRisk, boolean serious, boolean complex) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("matterType", matterType);
        facts.put("highRisk", highRisk);
        facts.put("serious", serious);
        facts.put("complex", complex);
        return dmn.evaluateDecisionTable(triage, facts);
    }

    @Test
    void aContactNotYetTriagedGoesToAnOfficer() {
        assertThat(decide(null, false, false, false).<String>getSingleEntry()).isEqualTo("NEEDS_TRIAGE");
        assertThat(decide(null, true, true, true).<String>getSingleEntry()).isEqualTo("NEEDS_TRIAGE");
    }

    @ParameterizedTest(name = "{0} is not a complaint")
    @CsvSource({"SERVICE_REQUEST", "FOI_REQUEST", "DATA_REQUEST", "APPEAL"})
    void mattersWithTheirOwnRouteAreNotComplaints(String matterType) {
        assertThat(decide(matterType, false, false, false).<String>getSingleEntry())
                .isEqualTo("NOT_A_COMPLAINT");
        assertThat(decide(matterType, true, true, true).<String>getSingleEntry())
                .isEqualTo("NOT_A_COMPLAINT");
    }

    @ParameterizedTest(name = "high risk {0}, serious {1}, complex {2}: {3}")
    @CsvSource({
        "true,  false, false, STAGE_2",
        "true,  true,  true,  STAGE_2",
        "false, true,  false, STAGE_2",
        "false, true,  true,  STAGE_2",
        "false, false, true,  STAGE_2",
        "false, false, false, STAGE_1"
    })
    void complaintsStartAtStage1UnlessHighRiskSeriousOrComplex(
            boolean highRisk, boolean serious, boolean complex, String route) {
        DmnDecisionTableResult result = decide("COMPLAINT", highRisk, serious, complex);
        assertThat(result).hasSize(1);
        assertThat(result.<String>getSingleEntry()).isEqualTo(route);
    }

    @AfterAll
    static void everyRuleOfTheTableWasMatched() throws Exception {
        Set<String> rules = new HashSet<>();
        try (InputStream in =
                ComplaintTriageDecisionTest.class.getResourceAsStream("/processes/complaint-triage.dmn")) {
            Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).forEach(rule -> rules.add(rule.getId()));
        }
        assertThat(rules).hasSize(9);
        assertThat(MATCHED).containsAll(rules);
    }

    @Test
    void anUnknownMatterMatchesNoRule() {
        assertThat(decide("GRUMBLE", false, false, false)).isEmpty();
    }
}
