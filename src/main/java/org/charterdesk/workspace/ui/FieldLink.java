package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/** A link to a field of the same form ("#field-id"): a click runs {@code onClick}, such as moving the focus there. */
public final class FieldLink {

    private FieldLink() {}

    public static Anchor to(Component field, String text, Runnable onClick) {
        Anchor link = new Anchor(field.getId().map(id -> "#" + id).orElse("#"), text);
        link.setRouterIgnore(true);
        link.getElement().addEventListener("click", e -> onClick.run()).preventDefault();
        return link;
    }
}
