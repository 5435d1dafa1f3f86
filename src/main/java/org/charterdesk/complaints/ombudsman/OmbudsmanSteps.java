package org.charterdesk.complaints.ombudsman;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.ReceivedFile;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.StaffAlerts;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepRefusedException;
import org.charterdesk.work.StepTakenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the {@code complaint-ombudsman} process, done from the case page: answer a request, write and sign
 * off the submission, record the decision and its recommendations, carry each out and approve it. Each checks who
 * may do it (the step's teams, or its holder) and completes the step in the same transaction as what it saves.
 */
@Service
public class OmbudsmanSteps {

    static final String PREPARE = "PrepareSubmission";
    static final String SIGN_OFF = "SignOffSubmission";
    static final String DECISION = "RecordOmbudsmanDecision";
    static final String ANSWER = "AnswerOmbudsmanRequest";
    static final String DO = "DoRecommendation";
    static final String APPROVE = "ApproveRecommendation";

    private final TaskService tasks;
    private final CaseFileRepository cases;
    private final OmbudsmanReferralRepository referrals;
    private final OmbudsmanRequestRepository requests;
    private final RecommendationRepository recommendations;
    private final CaseTimeline timeline;
    private final StaffDirectory directory;
    private final StaffAlerts alerts;
    private final Attachments attachments;
    private final OmbudsmanWork work;
    private final InputRules rules;
    private final Clock clock;
    private final CalendarProperties calendar;

    OmbudsmanSteps(
            TaskService tasks,
            CaseFileRepository cases,
            OmbudsmanReferralRepository referrals,
            OmbudsmanRequestRepository requests,
            RecommendationRepository recommendations,
            CaseTimeline timeline,
            StaffDirectory directory,
            StaffAlerts alerts,
            Attachments attachments,
            OmbudsmanWork work,
            InputRules rules,
            Clock clock,
            CalendarProperties calendar) {
        this.tasks = tasks;
        this.cases = cases;
        this.referrals = referrals;
        this.requests = requests;
        this.recommendations = recommendations;
        this.timeline = timeline;
        this.directory = directory;
        this.alerts = alerts;
        this.attachments = attachments;
        this.work = work;
        this.rules = rules;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The council's answer to a request for information, sent by the ombudsman's deadline. */
    @Transactional
    public void answerRequest(String taskId, String answer, StaffMember member) {
        checkText("answer", answer, "Record what was sent to the ombudsman");
        Taken taken = take(taskId, member, ANSWER);
        OmbudsmanRequest request =
                requests.findById(taken.longVariable("requestId")).orElseThrow();
        request.answered(answer.strip(), today(), member.username());
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.OMBUDSMAN,
                member.displayName() + " answered the ombudsman's request"
                        + (request.getAnsweredOn().isAfter(request.getDueOn()) ? " (after its deadline)" : "")
                        + ": " + answer.strip());
        tasks.complete(taskId);
    }

    @Transactional
    public void submit(String taskId, String submission, StaffMember member) {
        checkText("submission", submission, "Write the council's submission");
        Taken taken = take(taskId, member, PREPARE);
        referral(taken).submitted(submission.strip(), member.username(), clock.instant());
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.OMBUDSMAN,
                member.displayName() + " wrote the council's submission to the ombudsman, for a manager to sign off");
        tasks.complete(taskId);
        work.tellTeam(
                taken.caseFile(),
                StaffGroups.managers(taken.caseFile().serviceCode()),
                "The submission to the ombudsman on " + taken.caseFile().getReference() + " is ready to sign off",
                "Written by " + member.displayName() + ". Sign it off, or send it back with what to change.");
    }

    /** A manager signs the submission off, or sends it back with what to change. */
    @Transactional
    public void signOff(String taskId, boolean approved, String comments, StaffMember member) {
        rules.check(new Object())
                .rule(!approved && (comments == null || comments.isBlank()), "comments", "Say what to change")
                .text("comments", comments)
                .orThrow();
        Taken taken = take(taskId, member, SIGN_OFF);
        OmbudsmanReferral referral = referral(taken);
        if (member.username().equals(referral.getSubmittedBy())) {
            throw new StepRefusedException("Someone other than its writer signs off the submission");
        }
        if (approved) {
            referral.signedOff(member.username(), clock.instant());
        }
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.OMBUDSMAN,
                approved
                        ? member.displayName() + " signed off the council's submission to the ombudsman"
                        : member.displayName() + " sent the submission back: " + comments.strip());
        tasks.complete(taskId, Map.of("signedOff", approved));
    }

    /** The ombudsman's decision, and the recommendations the council must carry out. */
    @Transactional
    public void recordDecision(String taskId, DecisionInput input, StaffMember member) {
        recordDecision(taskId, input, List.of(), member);
    }

    /** The decision, as above, with the ombudsman's decision letter (already checked) kept on the case. */
    @Transactional
    public void recordDecision(String taskId, DecisionInput input, List<ReceivedFile> letter, StaffMember member) {
        rules.check(input)
                .text("summary", input == null ? null : input.summary())
                .orThrow();
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < input.recommendations().size(); i++) {
            RecommendationInput r = input.recommendations().get(i);
            if (directory.find(r.owner()).isEmpty()) {
                throw InvalidInputException.of("recommendations[" + i + "].owner", "Choose someone on the staff list");
            }
            owners.add(r.owner());
        }
        Taken taken = take(taskId, member, DECISION);
        OmbudsmanReferral referral = referral(taken);
        referral.decided(input.decision(), input.decidedOn(), InputRules.stripToNull(input.summary()));
        for (RecommendationInput r : input.recommendations()) {
            recommendations.save(new Recommendation(referral.getId(), r));
        }
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.OMBUDSMAN,
                "The ombudsman's decision of %s: %s, with %d recommendation%s"
                        .formatted(
                                PlainDates.format(input.decidedOn()),
                                input.decision().displayName().toLowerCase(),
                                owners.size(),
                                owners.size() == 1 ? "" : "s"));
        if (!letter.isEmpty()) {
            attachments.addByStaff(taken.caseFile().getReference(), "The ombudsman's decision letter", letter, member);
        }
        tasks.complete(taskId);
        String path = "/cases/" + taken.caseFile().getReference();
        owners.stream()
                .distinct()
                .forEach(owner -> alerts.tell(
                        owner,
                        member.username(),
                        taken.caseFile().getId(),
                        NotificationType.STEP_ASSIGNED,
                        "You own a recommendation of the ombudsman on "
                                + taken.caseFile().getReference(),
                        "Carry it out by its due date and record the evidence on the case.",
                        path));
    }

    /** The owner has carried the recommendation out: the evidence goes to a manager to approve. */
    @Transactional
    public void recommendationDone(String taskId, String evidence, StaffMember member) {
        checkText("evidence", evidence, "Record the evidence that it is done");
        Taken taken = take(taskId, member, DO);
        Recommendation r = recommendation(taken);
        r.done(evidence.strip(), today());
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.RECOMMENDATION,
                member.displayName() + " carried out the recommendation '" + r.getWhat() + "': " + evidence.strip());
        tasks.complete(taskId);
    }

    /** A manager approves that it is done, with the date the ombudsman was told, or sends it back. */
    @Transactional
    public void approveRecommendation(
            String taskId, boolean approved, LocalDate toldOmbudsmanOn, String comments, StaffMember member) {
        rules.check(new Object())
                .rule(approved && toldOmbudsmanOn == null, "toldOmbudsmanOn", "Give the date the ombudsman was told")
                .rule(
                        approved && toldOmbudsmanOn != null && toldOmbudsmanOn.isAfter(today()),
                        "toldOmbudsmanOn",
                        "The date cannot be in the future")
                .rule(!approved && (comments == null || comments.isBlank()), "comments", "Say what is still to do")
                .text("comments", comments)
                .orThrow();
        Taken taken = take(taskId, member, APPROVE);
        Recommendation r = recommendation(taken);
        if (approved) {
            r.approved(member.username(), clock.instant(), toldOmbudsmanOn);
        } else {
            r.notYetDone();
        }
        timeline.record(
                taken.caseFile(),
                member.username(),
                EventType.RECOMMENDATION,
                approved
                        ? "%s approved that the recommendation '%s' is done; the ombudsman was told on %s"
                                .formatted(member.displayName(), r.getWhat(), PlainDates.format(toldOmbudsmanOn))
                        : member.displayName() + " sent the recommendation '" + r.getWhat() + "' back: "
                                + comments.strip());
        tasks.complete(taskId, Map.of("recommendationApproved", approved));
    }

    /** The open steps of the case's ombudsman process, with what each is for and whether the member may do it. */
    @Transactional(readOnly = true)
    public List<OmbudsmanCase.Step> openSteps(String reference, StaffMember member) {
        return tasks
                .createTaskQuery()
                .processDefinitionKey(OmbudsmanProcess.PROCESS_KEY)
                .processInstanceBusinessKey(OmbudsmanReferrals.businessKey(reference))
                .orderByTaskCreateTime()
                .asc()
                .list()
                .stream()
                .map(task -> new OmbudsmanCase.Step(
                        task.getId(),
                        task.getTaskDefinitionKey(),
                        task.getName(),
                        task.getAssignee() == null ? null : directory.displayName(task.getAssignee()),
                        task.getDueDate() == null
                                ? null
                                : LocalDate.ofInstant(task.getDueDate().toInstant(), calendar.zone()),
                        forWhat(task),
                        mayDo(task, member)))
                .toList();
    }

    private String forWhat(Task task) {
        Object request = tasks.getVariable(task.getId(), "requestId");
        if (ANSWER.equals(task.getTaskDefinitionKey()) && request instanceof Number id) {
            return requests.findById(id.longValue())
                    .map(OmbudsmanRequest::getWhat)
                    .orElse(null);
        }
        Object recommendation = tasks.getVariable(task.getId(), "recommendationId");
        if (recommendation instanceof Number id) {
            return recommendations
                    .findById(id.longValue())
                    .map(Recommendation::getWhat)
                    .orElse(null);
        }
        return null;
    }

    private boolean mayDo(Task task, StaffMember member) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(member.username());
        }
        return tasks.createTaskQuery()
                        .taskId(task.getId())
                        .taskCandidateUser(member.username())
                        .count()
                > 0;
    }

    /** A step taken to be done: its task and its case, locked until the transaction ends. */
    private record Taken(Task task, CaseFile caseFile, TaskService tasks) {

        long longVariable(String name) {
            return ((Number) tasks.getVariable(task.getId(), name)).longValue();
        }
    }

    private Taken take(String taskId, StaffMember member, String key) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKey(OmbudsmanProcess.PROCESS_KEY)
                .singleResult();
        if (task == null || !key.equals(task.getTaskDefinitionKey())) {
            throw new StepNotFoundException();
        }
        CaseFile c = caseOf(((Number) tasks.getVariable(taskId, OmbudsmanProcess.REFERRAL_ID)).longValue());
        cases.lockByReference(c.getReference()).orElseThrow(() -> new CaseNotFoundException(c.getReference()));
        if (task.getAssignee() != null && !task.getAssignee().equals(member.username())) {
            throw new StepTakenException(task.getName(), directory.displayName(task.getAssignee()));
        }
        if (!mayDo(task, member)) {
            throw new StepRefusedException("This step is for the service's team: you are not in it");
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, member.username());
        }
        return new Taken(task, c, tasks);
    }

    private OmbudsmanReferral referral(Taken taken) {
        return referrals
                .findById(taken.longVariable(OmbudsmanProcess.REFERRAL_ID))
                .orElseThrow(() -> new ProcedureConflictException("The ombudsman case has gone"));
    }

    private Recommendation recommendation(Taken taken) {
        return recommendations
                .findById(taken.longVariable("recommendationId"))
                .orElseThrow(() -> new ProcedureConflictException("The recommendation has gone"));
    }

    private CaseFile caseOf(long referralId) {
        OmbudsmanReferral referral = referrals.findById(referralId).orElseThrow();
        return cases.findById(referral.getCaseId())
                .orElseThrow(() -> new CaseNotFoundException(String.valueOf(referral.getCaseId())));
    }

    private void checkText(String field, String text, String missing) {
        rules.check(new Object())
                .rule(text == null || text.isBlank(), field, missing)
                .text(field, text)
                .orThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
