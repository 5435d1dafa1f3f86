package org.charterdesk.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample charter as loaded on first start, and how the procedure takes its timescales from it. */
class CharterIT extends IntegrationTestBase {

    @Autowired
    Charter charter;

    @Autowired
    CharterStandardRepository standards;

    @Test
    void theSampleCharterIsLoadedWithItsServicesAndStandards() {
        assertThat(charter.services())
                .extracting(CouncilService::getName)
                .contains(
                        "Housing",
                        "Waste and Recycling",
                        "Council Tax and Benefits",
                        "Planning",
                        "Roads and Transport",
                        "Customer Services");
        assertThat(charter.publishedStandards())
                .anySatisfy(s -> {
                    assertThat(s.getName()).isEqualTo("Missed bins");
                    assertThat(s.getService().getCode()).isEqualTo("waste");
                    assertThat(s.getPromise()).contains("within 2 working days");
                })
                .anySatisfy(s -> {
                    assertThat(s.getName()).isEqualTo("Frontline response");
                    assertThat(s.isCorporate()).isTrue();
                    assertThat(s.getProcedureStep()).isEqualTo(ProcedureStep.STAGE_1_RESPONSE);
                    assertThat(s.getAmount()).isEqualTo(5);
                });
    }

    @Test
    void theScottishModelTimescales() {
        Timescales spso = charter.timescalesFor(charter.service("housing"));
        assertThat(spso.profile()).isEqualTo(ProcedureProfile.SPSO);
        assertThat(spso.amount(ProcedureStep.STAGE_1_RESPONSE)).isEqualTo(5);
        assertThat(spso.amount(ProcedureStep.STAGE_1_EXTENSION)).isEqualTo(5);
        assertThat(spso.amount(ProcedureStep.STAGE_2_ACKNOWLEDGEMENT)).isEqualTo(3);
        assertThat(spso.amount(ProcedureStep.STAGE_2_RESPONSE)).isEqualTo(20);
        assertThat(spso.atRiskDays()).isEqualTo(1);
        assertThat(spso.escalationWindowMonths()).isEqualTo(2);
        assertThatThrownBy(() -> spso.amount(ProcedureStep.STAGE_1_ACKNOWLEDGEMENT))
                .hasMessageContaining("no stage 1 acknowledgement");
    }

    @Test
    void aServiceCanAnswerUnderTheEnglishCodeWhileTheRestOfTheCharterStaysScottish() {
        Timescales code = charter.timescalesFor(charter.service(CODE_SERVICE));
        assertThat(code.profile()).isEqualTo(ProcedureProfile.COMPLAINT_HANDLING_CODE);
        assertThat(code.amount(ProcedureStep.STAGE_1_ACKNOWLEDGEMENT)).isEqualTo(5);
        assertThat(code.amount(ProcedureStep.STAGE_1_RESPONSE)).isEqualTo(10);
        assertThat(code.amount(ProcedureStep.STAGE_1_EXTENSION)).isEqualTo(10);
        assertThat(code.amount(ProcedureStep.STAGE_2_ACKNOWLEDGEMENT)).isEqualTo(5);
        assertThat(code.amount(ProcedureStep.STAGE_2_RESPONSE)).isEqualTo(20);
        assertThat(code.amount(ProcedureStep.STAGE_2_EXTENSION)).isEqualTo(20);
        assertThat(charter.timescalesFor(charter.service("waste")).profile()).isEqualTo(ProcedureProfile.SPSO);
    }

    @Test
    void aServicesOwnStandardWinsOverTheCorporateOne() {
        CouncilService planning = charter.service("planning");
        CharterStandard own = standards.save(new CharterStandard(
                        planning,
                        "Planning deadline warnings",
                        "Planning officers are warned two working days before an answer is due.",
                        100)
                .forStep(ProcedureStep.AT_RISK_WARNING, null, 2));
        try {
            assertThat(charter.timescalesFor(planning).atRiskDays()).isEqualTo(2);
            assertThat(charter.timescalesFor(charter.service("roads")).atRiskDays())
                    .isEqualTo(1);
        } finally {
            standards.delete(own);
        }
    }

    @Test
    void aCaseKeepsTheTimescalesItWasReceivedUnder() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile before = phoneComplaint("roads", null);
        CharterStandard frontline = standards.findByProcedureStepIsNotNull().stream()
                .filter(s -> s.isCorporate()
                        && s.getProcedureStep() == ProcedureStep.STAGE_1_RESPONSE
                        && s.getProcedureProfile() == ProcedureProfile.SPSO)
                .findFirst()
                .orElseThrow();
        frontline.changeAmount(7, null);
        standards.save(frontline);
        try {
            CaseFile after = phoneComplaint("roads", null);
            assertThat(reload(after.getReference()).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                    .isEqualTo(7);
            assertThat(deadline(after.getReference(), DeadlineKind.STAGE_1_RESPONSE)
                            .getDueOn())
                    .isEqualTo(LocalDate.of(2026, 11, 11));
            assertThat(reload(before.getReference()).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                    .isEqualTo(5);
            assertThat(deadline(before.getReference(), DeadlineKind.STAGE_1_RESPONSE)
                            .getDueOn())
                    .isEqualTo(LocalDate.of(2026, 11, 9));
        } finally {
            frontline.changeAmount(5, null);
            standards.save(frontline);
        }
    }
}
