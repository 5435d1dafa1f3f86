package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The case, its deadline, its outbox entry and its process instance commit together or not at all. */
class IntakeAtomicityIT extends IntegrationTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void whenTheTransactionFailsAfterIntakeNothingOfTheComplaintRemains() {
        at(LocalDate.of(2026, 11, 2));
        long casesBefore = cases.count();
        long notificationsBefore = notifications.count();
        long deadlinesBefore = deadlineRepository.count();
        AtomicReference<String> reference = new AtomicReference<>();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    CaseFile c = phoneComplaint("housing", null);
                    reference.set(c.getReference());
                    // The engine really started the process in this transaction, and sees it.
                    assertThat(instance(c.getReference())).isNotNull();
                    throw new IllegalStateException("the database connection dropped");
                }))
                .hasMessage("the database connection dropped");

        assertThat(reference.get()).isNotNull();
        assertThat(cases.findByReference(reference.get())).isEmpty();
        assertThat(instance(reference.get())).isNull();
        assertThat(engine.getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(reference.get())
                        .count())
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(reference.get())
                        .count())
                .isZero();
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(notifications.count()).isEqualTo(notificationsBefore);
        assertThat(deadlineRepository.count()).isEqualTo(deadlinesBefore);

        // The reference is never handed out again: the next complaint gets a later number.
        String next = phoneComplaint("housing", null).getReference();
        assertThat(next).isGreaterThan(reference.get());
    }
}
