/**
 * Unacceptable actions: a manager restricts how a customer may contact the council, under the council's policy;
 * everyone who opens that customer's cases or logs a contact from them sees it, intake applies it, and the
 * {@code contact-restriction} process brings it back to a manager on its review date.
 */
@NamedInterface("restrictions")
package org.charterdesk.complaints.restrictions;

import org.springframework.modulith.NamedInterface;
