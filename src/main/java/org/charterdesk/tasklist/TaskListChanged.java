package org.charterdesk.tasklist;

/** A step was opened, claimed, given back or finished on a case of a service. Published once the change commits. */
public record TaskListChanged(String serviceCode, String caseReference) {}
