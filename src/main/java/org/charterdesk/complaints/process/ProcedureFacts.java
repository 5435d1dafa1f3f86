package org.charterdesk.complaints.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.springframework.stereotype.Component;

/** Facts about a case's procedure for the process's gateways, as {@code ${procedureFacts.…(execution)}}. */
@Component("procedureFacts")
public class ProcedureFacts {

    private final CaseFileRepository cases;

    ProcedureFacts(CaseFileRepository cases) {
        this.cases = cases;
    }

    /** Whether stage 1 starts with an acknowledgement (the English codes) or goes straight to the response. */
    public boolean acknowledgesAtStage1(DelegateExecution execution) {
        return cases.findByReference(execution.getProcessBusinessKey())
                .orElseThrow(() -> new CaseNotFoundException(execution.getProcessBusinessKey()))
                .getTimescales()
                .profile()
                .acknowledgesAtStage1();
    }
}
