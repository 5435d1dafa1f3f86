/**
 * What several application nodes on one database need to agree on, with nothing but the database: work that one
 * node at a time may do. On PostgreSQL this uses its advisory locks; on the embedded single-node default, a lock
 * in memory.
 */
package org.charterdesk.cluster;
