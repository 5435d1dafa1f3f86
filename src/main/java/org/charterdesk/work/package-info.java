/**
 * What every step of work has in common, whichever process it belongs to (a complaint's or an action plan's): the
 * actions a task list offers on it ({@link org.charterdesk.work.TeamSteps}) and the three ways they are refused.
 * Below the feature modules, so that complaints and action plans share it without knowing each other.
 */
package org.charterdesk.work;
