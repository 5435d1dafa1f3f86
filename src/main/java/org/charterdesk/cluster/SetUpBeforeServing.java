package org.charterdesk.cluster;

/**
 * A step of setting a node up that must be finished before it serves any request: loading the charter, creating
 * the staff groups and the first administrator, building the demo's history. The steps run in their {@code @Order},
 * after every bean is ready and before the web server accepts connections, so that nothing a step does (the demo
 * moves the engine's clock) can be seen by a request. Readiness reports them.
 */
public interface SetUpBeforeServing {

    void setUp() throws Exception;
}
