package org.charterdesk.complaints;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.complaints.process.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open cases handed from one service's team to another's, when a service is retired: the case, its processes' routing,
 * and the teams its open steps are offered to all move; its timescales and deadlines stay as they were.
 */
@Service
public class CaseTransfers {

    private final CaseFileRepository cases;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CaseTimeline timeline;
    private final AuditLog audit;

    CaseTransfers(
            CaseFileRepository cases,
            RuntimeService runtime,
            TaskService tasks,
            CaseTimeline timeline,
            AuditLog audit) {
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int openCasesOf(String serviceCode) {
        return Math.toIntExact(cases.countByServiceCodeAndStatusIn(serviceCode, CaseStatus.open()));
    }

    /** Moves every open case of {@code from} to {@code to}; how many moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int moveOpenCases(CouncilService from, CouncilService to, String actor) {
        List<CaseFile> open = cases.findByServiceCodeAndStatusIn(from.getCode(), CaseStatus.open());
        for (CaseFile c : open) {
            c.moveTo(to);
            String words = "Moved from " + from.getName() + " to " + to.getName() + ", because " + from.getName()
                    + " no longer takes contacts";
            timeline.record(c, actor, EventType.ROUTED, words);
            audit.recordChange(actor, c.getReference(), words);
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(c.getReference())
                    .list()) {
                runtime.setVariable(instance.getId(), ProcessVariables.SERVICE_CODE, to.getCode());
                tasks.createTaskQuery()
                        .processInstanceId(instance.getId())
                        .list()
                        .forEach(task -> reoffer(task, from.getCode(), to.getCode()));
            }
        }
        return open.size();
    }

    private void reoffer(Task task, String from, String to) {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            String group = link.getGroupId();
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && group != null && group.startsWith(from + "-")) {
                tasks.deleteCandidateGroup(task.getId(), group);
                tasks.addCandidateGroup(task.getId(), to + group.substring(from.length()));
            }
        }
    }
}
