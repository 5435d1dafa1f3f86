package org.charterdesk.work;

import java.util.List;
import org.charterdesk.security.StaffMember;

/**
 * What a task list offers on the open steps of one process: claiming, giving back and reassigning, each checked on
 * the server. A step someone else holds is refused with {@link StepTakenException}, an action the member may not
 * take with {@link StepRefusedException}, and a step done meanwhile with {@link StepNotFoundException}. Completing
 * a step is the business of its own form, which takes the step through the same checks.
 */
public interface TeamSteps {

    /** The key of the process whose steps these are. */
    String processKey();

    /** Whether a step of this kind is offered to a team (claimed and given back) rather than to one person. */
    boolean offeredToTeam(String stepKey);

    /** Takes the step for the member; if someone else has it, says who. */
    void claim(String taskId, StaffMember member);

    /** Gives the step back to its team: its holder may, and so may a manager of its service. */
    void release(String taskId, StaffMember member);

    /** A manager hands the step to someone who may do it. */
    void reassign(String taskId, String toUsername, StaffMember manager);

    /** Who a manager could hand the step to: the members of the teams that may do it, by name. */
    List<StaffMember> whoCouldTake(String taskId, StaffMember manager);
}
