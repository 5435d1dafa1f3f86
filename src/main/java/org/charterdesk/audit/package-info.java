/**
 * The audit log: who viewed a case, who exported or downloaded case data, every change, and every anonymisation or
 * erasure, kept for a configurable period. Append-only: on PostgreSQL a trigger refuses any change to an entry, and
 * any deletion before its period is up, whoever asks. It never holds the customer's personal data, so it can outlive
 * the cases it describes.
 */
package org.charterdesk.audit;
