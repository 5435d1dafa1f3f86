package org.charterdesk.workspace;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.charterdesk.work.StepNotFoundException;

/** A step that is finished, or was never there. */
@ParentLayout(MainLayout.class)
@PermitAll
public class StepMissingView extends MissingView<StepNotFoundException>
        implements HasErrorParameter<StepNotFoundException> {}
