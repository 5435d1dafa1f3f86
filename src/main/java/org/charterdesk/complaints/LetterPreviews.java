package org.charterdesk.complaints;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an action would send the customer, read before it is confirmed: the action runs in full (every check, the
 * step's completion, the letters written by the same templates), then everything it did is rolled back. So the
 * preview is the exact email or letter, and nothing is kept or sent until the action runs again for real.
 */
@Service
public class LetterPreviews {

    private final TransactionTemplate dryRun;
    private final CaseFileRepository cases;
    private final Outbox outbox;

    LetterPreviews(PlatformTransactionManager transactions, CaseFileRepository cases, Outbox outbox) {
        this.dryRun = new TransactionTemplate(transactions);
        this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cases = cases;
        this.outbox = outbox;
    }

    /** A letter or email to the customer, as it would go. */
    public record Letter(String to, boolean byEmail, String subject, String text, String html) {}

    /**
     * Runs {@code action} on the case {@code reference} and keeps nothing: the customer letters it would send. An
     * action that is refused (bad input, a step taken meanwhile) throws as it would for real.
     */
    public List<Letter> whatWouldBeSent(String reference, Runnable action) {
        return dryRun.execute(status -> {
            status.setRollbackOnly();
            CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
            Long caseId = c.getId();
            String name = c.getCustomer().getName();
            Set<Long> before =
                    outbox.forCase(caseId).stream().map(OutboxEntry::id).collect(Collectors.toSet());
            action.run();
            return outbox.forCase(caseId).stream()
                    .filter(entry -> !before.contains(entry.id()) && entry.audience() == Audience.CUSTOMER)
                    .map(entry -> letter(entry, name))
                    .toList();
        });
    }

    private static Letter letter(OutboxEntry entry, String name) {
        boolean byEmail = entry.emailTo() != null;
        String to = byEmail
                ? name + " by email (" + entry.emailTo() + ")"
                : name + " by "
                        + (entry.contactBy() == null
                                ? "post"
                                : entry.contactBy().toLowerCase());
        return new Letter(to, byEmail, entry.heading(), entry.words(), entry.html());
    }
}
