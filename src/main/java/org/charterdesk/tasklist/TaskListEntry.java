package org.charterdesk.tasklist;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.complaints.ComplaintStep;
import org.springframework.data.domain.Persistable;

/**
 * One open step of a case as the task lists show it: the read model that the engine keeps up to date (see
 * {@link TaskListProjection}), so that a list is one indexed query however many steps are open.
 */
@Entity
@Table(name = "task_list_entry")
public class TaskListEntry implements Persistable<String> {

    @Id
    private String taskId;

    private Long caseId;
    private Long planId;
    private String caseReference;
    private String stepKey;
    private String stepName;
    private String serviceCode;
    private String serviceName;
    private String stage;
    private String customerName;
    private LocalDate receivedOn;
    private LocalDate dueOn;
    private LocalDate atRiskOn;
    private String assignee;
    private String notFor;

    private String note;
    private Instant createdAt;

    /** The process of a step of neither a complaint nor a plan (a scorecard return, say); null for those two. */
    private String processKey;

    /** Where such a step is worked, e.g. "scorecard/returns/7"; null for complaint and plan steps. */
    private String subjectPath;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TaskListTeam> teams = new ArrayList<>();

    /**
     * Whether the row is in the database: a row made for a new step is not, so saving it inserts it straight away
     * rather than first looking for it and its teams (three statements for each step created).
     */
    @Transient
    private boolean stored;

    protected TaskListEntry() {}

    @Override
    public String getId() {
        return taskId;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }

    TaskListEntry(
            String taskId,
            Long caseId,
            String caseReference,
            String stepKey,
            String stepName,
            String serviceCode,
            String serviceName,
            String stage,
            String customerName,
            LocalDate receivedOn,
            Instant createdAt) {
        this.taskId = taskId;
        this.caseId = caseId;
        this.caseReference = caseReference;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.serviceCode = serviceCode;
        this.serviceName = serviceName;
        this.stage = stage;
        this.customerName = customerName;
        this.receivedOn = receivedOn;
        this.createdAt = createdAt;
    }

    /** The row of a step of an action plan (its reference is PLAN-id; its "customer" the plan's title). */
    static TaskListEntry forPlan(
            String taskId,
            Long planId,
            String stepKey,
            String stepName,
            String serviceCode,
            String serviceName,
            String title,
            LocalDate createdOn,
            Instant createdAt) {
        TaskListEntry entry = new TaskListEntry(
                taskId,
                null,
                "PLAN-" + planId,
                stepKey,
                stepName,
                serviceCode,
                serviceName,
                null,
                title.length() > 200 ? title.substring(0, 200) : title,
                createdOn,
                createdAt);
        entry.planId = planId;
        return entry;
    }

    /**
     * The row of a step of another process: its reference (e.g. FIGURES-7), what it concerns in words (shown where
     * a case shows its customer), and the page where it is worked.
     */
    static TaskListEntry forSubject(
            String taskId,
            String processKey,
            String reference,
            String subjectPath,
            String stepKey,
            String stepName,
            String serviceCode,
            String serviceName,
            String about,
            LocalDate createdOn,
            Instant createdAt) {
        TaskListEntry entry = new TaskListEntry(
                taskId,
                null,
                reference,
                stepKey,
                stepName,
                serviceCode,
                serviceName,
                null,
                about,
                createdOn,
                createdAt);
        entry.processKey = processKey;
        entry.subjectPath = subjectPath;
        return entry;
    }

    /** The key of the process this step belongs to. */
    String processKey() {
        if (processKey != null) {
            return processKey;
        }
        return planId == null ? ComplaintStep.PROCESS_KEY : ActionPlans.PROCESS;
    }

    public String getSubjectPath() {
        return subjectPath;
    }

    public Long getPlanId() {
        return planId;
    }

    void dueBy(LocalDate atRiskOn, LocalDate dueOn) {
        this.atRiskOn = atRiskOn;
        this.dueOn = dueOn;
        teams.forEach(team -> team.copyFrom(this));
    }

    /** The one person who may not take this step although their teams may (see CaseTasks.refusedTo). */
    void setNotFor(String username) {
        this.notFor = username;
        teams.forEach(team -> team.copyFrom(this));
    }

    /** A mark on the step, e.g. "The customer has answered". */
    void setNote(String note) {
        this.note = note;
    }

    public String getNote() {
        return note;
    }

    public String getNotFor() {
        return notFor;
    }

    void setAssignee(String assignee) {
        this.assignee = assignee;
        teams.forEach(team -> team.copyFrom(this));
    }

    /** The step's case moved to another service's team. */
    void moveTo(String newServiceCode, String newServiceName) {
        this.serviceCode = newServiceCode;
        this.serviceName = newServiceName;
    }

    void setTeams(Set<String> teams) {
        this.teams.removeIf(team -> !teams.contains(team.team()));
        Set<String> kept = getTeams();
        teams.stream()
                .filter(team -> !kept.contains(team))
                .forEach(team -> this.teams.add(new TaskListTeam(this, team)));
        this.teams.forEach(team -> team.copyFrom(this));
    }

    public String getTaskId() {
        return taskId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getStepName() {
        return stepName;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getStage() {
        return stage;
    }

    public String getCustomerName() {
        return customerName;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getAtRiskOn() {
        return atRiskOn;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getTeams() {
        return teams.stream().map(TaskListTeam::team).collect(Collectors.toSet());
    }
}
