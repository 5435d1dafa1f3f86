/**
 * After the council's answer: the ombudsman takes up a closed complaint, asks for information by deadlines of its
 * own, gets the council's signed-off submission, decides, and makes recommendations that the council carries out,
 * proves and reports, on the {@code complaint-ombudsman} process.
 */
@NamedInterface("ombudsman")
package org.charterdesk.complaints.ombudsman;

import org.springframework.modulith.NamedInterface;
