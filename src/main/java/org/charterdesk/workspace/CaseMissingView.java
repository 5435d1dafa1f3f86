package org.charterdesk.workspace;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.charterdesk.complaints.CaseNotFoundException;

/** No such case. */
@ParentLayout(MainLayout.class)
@PermitAll
public class CaseMissingView extends MissingView<CaseNotFoundException>
        implements HasErrorParameter<CaseNotFoundException> {}
