package org.charterdesk.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.deadlines.OpenStepHolders;
import org.charterdesk.complaints.deadlines.StepHolders;
import org.charterdesk.security.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The holders of a case's open complaint steps, read from the task lists' rows in one statement (the engine's task
 * query and each step's identity links took two or more, and most of a deadline warning's processor time).
 */
@Component
class TaskListStepHolders implements OpenStepHolders {

    private final TaskListEntryRepository entries;
    private final StaffDirectory directory;

    TaskListStepHolders(TaskListEntryRepository entries, StaffDirectory directory) {
        this.entries = entries;
        this.directory = directory;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public StepHolders of(CaseFile caseFile) {
        List<String> names = new ArrayList<>();
        List<String> assignees = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (TaskListEntry step : entries.complaintStepsOf(caseFile.getId())) {
            names.add(step.getStepName());
            if (step.getAssignee() != null) {
                assignees.add(step.getAssignee());
            } else {
                step.getTeams().stream().sorted().forEach(groups::add);
            }
        }
        String step = names.isEmpty() ? "The step" : String.join(", ", names);
        return new StepHolders(
                step, assignees, assignees.stream().map(directory::displayName).toList(), groups);
    }
}
