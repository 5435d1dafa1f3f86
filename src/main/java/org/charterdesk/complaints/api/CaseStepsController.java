package org.charterdesk.complaints.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.StaffMember;
import org.charterdesk.work.StepNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint's open steps for the council's own systems (a contact centre's CRM, say), done by a member of staff
 * with their own credentials and checked exactly as on screen: take a step, give it back, answer at stage 1. The
 * steps' ids are in the case's {@code openSteps}.
 */
@RestController
@RequestMapping("/api/v1/complaints/{reference}/steps/{taskId}")
@Tag(name = "Steps", description = "Staff taking and doing a complaint's steps")
class CaseStepsController {

    private final CaseTasks tasks;
    private final FrontlineSteps frontline;
    private final CurrentStaff staff;
    private final CaseResources resources;

    CaseStepsController(CaseTasks tasks, FrontlineSteps frontline, CurrentStaff staff, CaseResources resources) {
        this.tasks = tasks;
        this.frontline = frontline;
        this.staff = staff;
        this.resources = resources;
    }

    @PostMapping("/claim")
    @Operation(
            summary = "Take a step",
            description = "The step becomes the caller's; taking a step already theirs changes nothing. Refused (409) "
                    + "when someone else holds it, saying who.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Void> claim(@PathVariable String reference, @PathVariable String taskId) {
        StaffMember member = ofCase(reference, taskId);
        tasks.claim(taskId, member);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/give-back")
    @Operation(
            summary = "Give a step back to its team",
            description = "Its holder may, and so may a manager of its service.",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<Void> giveBack(@PathVariable String reference, @PathVariable String taskId) {
        StaffMember member = ofCase(reference, taskId);
        tasks.release(taskId, member);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/frontline-response")
    @Operation(
            summary = "Answer the complaint at stage 1",
            description = "The caller must hold the step 'Respond at frontline'. The customer is sent the response "
                    + "at once, as when it is sent from the screen.",
            security = @SecurityRequirement(name = "basic"))
    CaseSummary respond(@PathVariable String reference, @PathVariable String taskId, @RequestBody DecisionInput input) {
        StaffMember member = ofCase(reference, taskId);
        frontline.respond(taskId, input, member);
        return resources.summary(reference, member);
    }

    /** The caller, once the step is known to be open on this case and the case one they may see. */
    private StaffMember ofCase(String reference, String taskId) {
        StaffMember member = staff.require();
        if (!tasks.look(taskId, member).caseFile().getReference().equals(reference)) {
            throw new StepNotFoundException();
        }
        return member;
    }
}
