package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.charterdesk.complaints.CustomerHistory;
import org.charterdesk.workspace.ui.Texts;

/** A customer's other cases, each a link to its page with its service, where it is, and what matched. */
class OtherCasesList extends UnorderedList {

    OtherCasesList(List<CustomerHistory.OtherCase> cases) {
        for (CustomerHistory.OtherCase other : cases) {
            add(new ListItem(
                    new RouterLink(
                            other.kind().displayName() + " " + other.reference(), CaseView.class, other.reference()),
                    new Span(", " + other.serviceName() + ", "
                            + other.status().displayName().toLowerCase() + ", received "
                            + Texts.shortDate(other.receivedOn()) + " (" + other.sameBy() + ")")));
        }
    }
}
