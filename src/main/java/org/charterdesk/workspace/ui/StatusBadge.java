package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.html.Span;
import org.charterdesk.complaints.CharterFlag;

/** How a step or case stands against its charter deadline, in words and colour (never colour alone). */
public final class StatusBadge {

    private StatusBadge() {}

    /** The badge's theme: green on track, dark at risk, red overdue. */
    public static String theme(CharterFlag flag) {
        return switch (flag) {
            case ON_TRACK -> "badge success";
            case AT_RISK -> "badge contrast";
            case OVERDUE -> "badge error primary";
        };
    }

    public static Span of(CharterFlag flag) {
        Span badge = new Span(flag.displayName());
        badge.getElement().setAttribute("theme", theme(flag));
        badge.addClassName("status-" + flag.name().toLowerCase().replace('_', '-'));
        return badge;
    }
}
