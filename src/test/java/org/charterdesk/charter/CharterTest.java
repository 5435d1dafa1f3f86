package org.charterdesk.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** How the charter resolves timescales, without a database. */
class CharterTest {

    private final CouncilServiceRepository services = mock(CouncilServiceRepository.class);
    private final CharterStandardRepository standards = mock(CharterStandardRepository.class);
    private final List<CharterStandard> stored = new ArrayList<>();

    private Charter charter(String profile) {
        when(standards.findByProcedureStepIsNotNull()).thenReturn(stored);
        return new Charter(services, standards, new ProcedureProperties(profile), () -> LocalDate.of(2026, 11, 2));
    }

    private static CouncilService service(long id, String code, ProcedureProfile own) {
        CouncilService service = new CouncilService(code, code, own);
        ReflectionTestUtils.setField(service, "id", id);
        return service;
    }

    private void corporate(ProcedureProfile profile, ProcedureStep step, int amount) {
        stored.add(
                new CharterStandard(null, step.displayName(), "promise", stored.size()).forStep(step, profile, amount));
    }

    private void spsoCharter() {
        corporate(ProcedureProfile.SPSO, ProcedureStep.STAGE_1_RESPONSE, 5);
        corporate(ProcedureProfile.SPSO, ProcedureStep.STAGE_1_EXTENSION, 5);
        corporate(ProcedureProfile.SPSO, ProcedureStep.STAGE_2_ACKNOWLEDGEMENT, 3);
        corporate(ProcedureProfile.SPSO, ProcedureStep.STAGE_2_RESPONSE, 20);
        corporate(ProcedureProfile.SPSO, ProcedureStep.STAGE_2_EXTENSION, 20);
        corporate(ProcedureProfile.SPSO, ProcedureStep.ESCALATION_WINDOW, 2);
        corporate(null, ProcedureStep.AT_RISK_WARNING, 1);
    }

    @Test
    void theCouncilsProfileComesFromConfigurationAndAServiceMayOverrideIt() {
        Charter english = charter("complaint-handling-code");
        assertThat(english.councilProfile()).isEqualTo(ProcedureProfile.COMPLAINT_HANDLING_CODE);
        assertThat(english.profileFor(service(1, "waste", null))).isEqualTo(ProcedureProfile.COMPLAINT_HANDLING_CODE);
        assertThat(english.profileFor(service(2, "housing", ProcedureProfile.SPSO)))
                .isEqualTo(ProcedureProfile.SPSO);
        assertThat(charter("spso").councilProfile()).isEqualTo(ProcedureProfile.SPSO);
        assertThatThrownBy(() -> new ProcedureProperties("scottish"))
                .hasMessageContaining("spso or complaint-handling-code");
    }

    @Test
    void aMissingStandardIsNamedPlainly() {
        spsoCharter();
        Charter code = charter("complaint-handling-code");
        assertThatThrownBy(() -> code.timescalesFor(service(1, "waste", null)))
                .isInstanceOf(CharterIncompleteException.class)
                .hasMessageContaining("stage 1 acknowledgement")
                .hasMessageContaining("complaint-handling-code")
                .hasMessageContaining("waste");
        assertThat(charter("spso").timescalesFor(service(1, "waste", null)).amount(ProcedureStep.STAGE_1_RESPONSE))
                .isEqualTo(5);
    }

    @Test
    void aStandardForTheProfileWinsOverOneForEveryProfileAndAServicesOwnOverBoth() {
        spsoCharter();
        corporate(ProcedureProfile.SPSO, ProcedureStep.AT_RISK_WARNING, 2);
        CouncilService roads = service(3, "roads", null);
        assertThat(charter("spso").timescalesFor(roads).atRiskDays()).isEqualTo(2);
        stored.add(new CharterStandard(roads, "Roads warnings", "promise", 99)
                .forStep(ProcedureStep.AT_RISK_WARNING, null, 3));
        assertThat(charter("spso").timescalesFor(roads).atRiskDays()).isEqualTo(3);
        assertThat(charter("spso").timescalesFor(service(4, "waste", null)).atRiskDays())
                .isEqualTo(2);
    }
}
