/**
 * What officers and managers do on a complaint's steps: take them, triage, respond, investigate and decide. The
 * workspace's forms and the demo call these services; each checks who may do the step and completes it in the same
 * transaction as what it saves.
 */
@NamedInterface("steps")
package org.charterdesk.complaints.steps;

import org.springframework.modulith.NamedInterface;
