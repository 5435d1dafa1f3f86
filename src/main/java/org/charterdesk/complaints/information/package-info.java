/**
 * Asking the customer for more information: the question, by when and how it was asked, the one-time link the
 * customer answers by (or the tracking page, or staff taking the answer by phone), and the clock, which stops
 * while the case waits where the charter says so.
 */
@NamedInterface("information")
package org.charterdesk.complaints.information;

import org.springframework.modulith.NamedInterface;
