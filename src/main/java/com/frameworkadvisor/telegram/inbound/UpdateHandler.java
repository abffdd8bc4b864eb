package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.telegram.client.ReceivedUpdate;

/** What the poller and the inbox worker hand each update to ({@link UpdateProcessor}, or a test's stand-in). */
@FunctionalInterface
interface UpdateHandler {

    /**
     * @return true when the update may be confirmed: its effect is stored (or it was already), or it was given up
     *         on and recorded as a dead letter; false when it must come again
     */
    boolean process(ReceivedUpdate update);
}
