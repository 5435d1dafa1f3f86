/**
 * Council administration on screen: the charter's standards changed from a date, with their versions kept and every
 * change audited.
 */
package org.charterdesk.administration;
