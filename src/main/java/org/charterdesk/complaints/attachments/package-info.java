/**
 * Files attached to a case by the customer or by staff: their limits, the check of each file's type from its content,
 * the optional virus scan by a ClamAV daemon, and where the bytes are kept (the database by default, or a directory).
 */
@NamedInterface("attachments")
package org.charterdesk.complaints.attachments;

import org.springframework.modulith.NamedInterface;
