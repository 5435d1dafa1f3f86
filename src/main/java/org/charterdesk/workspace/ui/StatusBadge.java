package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.html.Span;
import org.charterdesk.complaints.CharterFlag;

/** How a step or case stands against its charter deadline, in words and colour (never colour alone). */
public final class StatusBadge {

    /** At risk: near-black on amber, a contrast of about 11:1 (WCAG AA asks for 4.5:1). */
    public static final String AMBER = "#ffbf47";

    public static final String AMBER_TEXT = "#0b0c0c";

    private StatusBadge() {}

    /** The badge's theme: green on track, amber at risk (see {@link #style}), red overdue. */
    public static String theme(CharterFlag flag) {
        return switch (flag) {
            case ON_TRACK -> "badge success";
            case AT_RISK -> "badge";
            case OVERDUE -> "badge error primary";
        };
    }

    /** The colours Lumo's badges have no variant for: amber for at risk; empty otherwise. */
    public static String style(CharterFlag flag) {
        return flag == CharterFlag.AT_RISK ? "background-color: " + AMBER + "; color: " + AMBER_TEXT : "";
    }

    public static Span of(CharterFlag flag) {
        Span badge = new Span(flag.displayName());
        badge.getElement().setAttribute("theme", theme(flag));
        if (!style(flag).isEmpty()) {
            badge.getElement().setAttribute("style", style(flag));
        }
        badge.addClassName("status-" + flag.name().toLowerCase().replace('_', '-'));
        return badge;
    }
}
