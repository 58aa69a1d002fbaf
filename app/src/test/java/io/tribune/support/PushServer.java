package io.tribune.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Node push service ({@link NodePushService}) behind a test class, started before its tests and
 * stopped after them; the class's tests are skipped where Node is missing (failed in CI). Registered as
 * {@code @RegisterExtension static final PushServer SERVICE = new PushServer();}.
 */
public final class PushServer implements BeforeAllCallback, AfterAllCallback {

    private NodePushService node;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        node = NodePushService.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    /** The running push service. */
    public NodePushService node() {
        if (node == null) {
            throw new IllegalStateException("the push service runs only while the test class's tests do");
        }
        return node;
    }
}
