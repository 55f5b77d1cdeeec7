package com.applicationmanager.monitoring;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.MDC;

import com.applicationmanager.messaging.ApplicationMessage;
import com.applicationmanager.messaging.MessageCodec;
import com.applicationmanager.messaging.UnreadableMessageException;

import io.smallrye.reactive.messaging.IncomingInterceptor;

/**
 * Puts the application id and correlation id of each work message into the logging MDC, so every line the worker
 * logs while handling it carries both (as fields of the JSON log in production). Quarkus keeps the MDC on the
 * message's own Vert.x context, which follows it to the worker thread (LogContextTest checks that lines about
 * two applications each carry their own ids); it is cleared when the message is settled. Without an identifier it
 * intercepts every incoming channel: each tier's work queue and the dead-letter events.
 */
@ApplicationScoped
public class ApplicationLogContext implements IncomingInterceptor {

    public static final String APPLICATION_ID = "applicationId";
    public static final String CORRELATION_ID = "correlationId";

    private final MessageCodec codec;

    public ApplicationLogContext(MessageCodec codec) {
        this.codec = codec;
    }

    @Override
    public Message<?> afterMessageReceive(Message<?> message) {
        try {
            ApplicationMessage application = codec.decode(message.getPayload());
            MDC.put(APPLICATION_ID, application.applicationId().toString());
            if (application.correlationId() != null) {
                MDC.put(CORRELATION_ID, application.correlationId());
            }
        } catch (UnreadableMessageException | IllegalArgumentException e) {
            // the consumer dead-letters it and says so; there is no id to log
        }
        return message;
    }

    /**
     * The same two ids for code that handles many applications on one thread (the worker's batches): lines
     * logged inside the scope are about {@code application}; closing it clears them.
     */
    public static LogScope about(ApplicationMessage application) {
        MDC.put(APPLICATION_ID, application.applicationId().toString());
        if (application.correlationId() != null) {
            MDC.put(CORRELATION_ID, application.correlationId());
        } else {
            MDC.remove(CORRELATION_ID);
        }
        return ApplicationLogContext::clear;
    }

    /** A scope of {@link #about}; closing it cannot fail. */
    public interface LogScope extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void onMessageAck(Message<?> message) {
        clear();
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        clear();
    }

    private static void clear() {
        MDC.remove(APPLICATION_ID);
        MDC.remove(CORRELATION_ID);
    }
}
