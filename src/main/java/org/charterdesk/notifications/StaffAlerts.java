package org.charterdesk.notifications;

import org.charterdesk.security.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells one member of staff, by email and in their bell, about something someone else did that concerns them: a
 * step given to them, or a decision on something they asked for. Nobody is told about what they did themselves.
 */
@Service
public class StaffAlerts {

    private final Outbox outbox;
    private final StaffDirectory directory;
    private final MailProperties mail;

    StaffAlerts(Outbox outbox, StaffDirectory directory, MailProperties mail) {
        this.outbox = outbox;
        this.directory = directory;
        this.mail = mail;
    }

    /**
     * @param headline what happened, which is the email's subject and the bell's line
     * @param detail a sentence more, or null
     * @param path where in the workspace to look, e.g. "/cases/CMP-2026-0001"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(
            String username,
            String actor,
            Long caseId,
            NotificationType type,
            String headline,
            String detail,
            String path) {
        if (username == null || username.equals(actor)) {
            return;
        }
        MailContent content = MailContent.to("Hello " + directory.displayName(username) + ",", headline)
                .say(headline + ".")
                .say(detail)
                .link("Open it in Charterdesk", mail.link(path))
                .build();
        outbox.toStaffMember(caseId, type, username, null, headline, content);
    }
}
