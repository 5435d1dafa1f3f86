package org.charterdesk.complaints;

import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: the officers and managers of its service, customer services (who take contacts for
 * every service) and administrators. Everything else is refused on the server, whatever the screen shows.
 */
@Component
public class CaseAccess {

    public boolean maySee(StaffMember member, CaseFile caseFile) {
        return member.maySeeService(caseFile.serviceCode());
    }

    public void checkMaySee(StaffMember member, CaseFile caseFile) {
        if (!maySee(member, caseFile)) {
            throw new CaseAccessDeniedException("You do not work for "
                    + caseFile.getService().getName() + ", so you cannot see case " + caseFile.getReference());
        }
    }
}
