package org.charterdesk.complaints.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.OnceOnlyIntake;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.StaffMember;
import org.charterdesk.security.WrongGuesses;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Complaints, compliments and comments")
class ComplaintsController {

    private final ComplaintIntake intake;
    private final OnceOnlyIntake onceOnly;
    private final EscalationRequests escalations;
    private final CurrentStaff staff;
    private final CaseResources resources;
    private final WrongGuesses guesses;

    ComplaintsController(
            ComplaintIntake intake,
            OnceOnlyIntake onceOnly,
            EscalationRequests escalations,
            CurrentStaff staff,
            CaseResources resources,
            WrongGuesses guesses) {
        this.intake = intake;
        this.onceOnly = onceOnly;
        this.escalations = escalations;
        this.staff = staff;
        this.resources = resources;
        this.guesses = guesses;
    }

    @PostMapping
    @Operation(
            summary = "Make a complaint, compliment or comment",
            description = "Open to the public (the web form). Staff signed in may also log contacts taken by phone, "
                    + "letter, email or face to face, give the date received, and triage. Answers 201 with the case's "
                    + "reference and the due date of its current step; bad input answers 400 naming each field, and "
                    + "nothing is stored. Sent again with the same Idempotency-Key header (as a load balancer's retry "
                    + "is), the same contact is received once: the answer names the case made the first time. The "
                    + "same key with a different contact answers 409.")
    ResponseEntity<CaseSummary> receive(
            @RequestBody NewCase body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CaseFile created = idempotencyKey == null ? intake.receive(body, staff.get()) : once(idempotencyKey, body);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + created.getReference()))
                .body(resources.summary(created));
    }

    /** Received once for the key: if another sending of it committed first, its case. */
    private CaseFile once(String key, NewCase body) {
        Optional<StaffMember> member = staff.get();
        try {
            return onceOnly.receive(key, body, member);
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            return onceOnly.earlier(key, body, member).orElseThrow(() -> sentTwiceAtOnce);
        }
    }

    @GetMapping("/{reference}")
    @Transactional(readOnly = true)
    @Operation(
            summary = "A case with its deadlines, steps and timeline (staff)",
            security = @SecurityRequirement(name = "basic"))
    CaseDetails get(@PathVariable String reference) {
        return resources.details(reference, staff.require());
    }

    @PostMapping("/{reference}/escalation-requests")
    @Operation(
            summary = "Ask for stage 2",
            description = "A customer still unhappy after the stage 1 decision asks for an investigation, proving the "
                    + "complaint is theirs with its email address; repeated wrong guesses are refused for a while "
                    + "(429). Staff may record a request too.")
    ResponseEntity<CaseSummary> requestEscalation(
            @PathVariable String reference, @RequestBody EscalationRequest body, HttpServletRequest request) {
        Optional<StaffMember> member = staff.get();
        String caller = request.getRemoteAddr();
        if (member.isEmpty()) {
            guesses.checkAllowed(caller, reference);
        }
        try {
            CaseFile c = escalations.request(reference, body, member);
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(resources.summary(c));
        } catch (CaseNotFoundException wrongGuess) {
            if (member.isEmpty()) {
                guesses.recordFailure(caller, reference);
            }
            throw wrongGuess;
        }
    }
}
