package org.charterdesk.reporting;

import java.time.Clock;
import java.util.Optional;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey behind the link in the closure email: the link's token cannot be guessed, and it can be
 * answered once. Answers feed the satisfaction figures.
 */
@Service
public class Surveys {

    private final CaseFileRepository cases;
    private final SurveyResponseRepository responses;
    private final InputRules rules;
    private final Clock clock;

    Surveys(CaseFileRepository cases, SurveyResponseRepository responses, InputRules rules, Clock clock) {
        this.cases = cases;
        this.responses = responses;
        this.rules = rules;
        this.clock = clock;
    }

    /** What the survey page may show: the reference of the case behind the token, if the survey is still open. */
    public record Invitation(String reference, String serviceName, boolean answered) {}

    @Transactional(readOnly = true)
    public Optional<Invitation> invitation(String token) {
        return find(token)
                .map(c -> new Invitation(
                        c.getReference(), c.getService().getName(), responses.existsByCaseId(c.getId())));
    }

    @Transactional
    public void answer(String token, SurveyAnswers answers) {
        rules.check(answers).orThrow();
        CaseFile c = find(token)
                .orElseThrow(() -> new ProcedureConflictException(
                        "This survey link is not valid. Please use the link in your email."));
        cases.lockByReference(c.getReference());
        if (responses.existsByCaseId(c.getId())) {
            throw new ProcedureConflictException("This survey has already been answered. Thank you.");
        }
        responses.save(new SurveyResponse(c.getId(), answers, clock.instant()));
    }

    private Optional<CaseFile> find(String token) {
        if (token == null || token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return cases.findBySurveyToken(token);
    }
}
