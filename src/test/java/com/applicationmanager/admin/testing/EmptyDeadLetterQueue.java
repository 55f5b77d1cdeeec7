package com.applicationmanager.admin.testing;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.applicationmanager.testing.BrokerProbe;

/** Each test starts and ends with an empty dead-letter queue, so none sees another's dead letters. */
public class EmptyDeadLetterQueue implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        purge();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        purge();
    }

    private static void purge() throws Exception {
        try (BrokerProbe broker = new BrokerProbe()) {
            // the running profile's queue: the operations tests' own prefix, or the default one's
            broker.purge(ConfigProvider.getConfig().getValue("app.messaging.prefix", String.class) + ".dead-letter");
        }
    }
}
