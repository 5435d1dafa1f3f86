/**
 * Running as one of several nodes on one database, and through its faults: work that one node at a time may do
 * (PostgreSQL advisory locks; a lock in memory on the embedded single-node default), set-up finished before the node
 * serves and readiness that says so, 503 with Retry-After while the database is out of reach (and a fresh connection
 * pool after it), and the engine's figures for monitoring.
 */
package org.charterdesk.cluster;
