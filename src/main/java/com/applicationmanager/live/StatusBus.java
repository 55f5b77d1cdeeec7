package com.applicationmanager.live;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.applicationmanager.messaging.BrokerSettings;
import com.applicationmanager.messaging.TopologyConfig;
import com.applicationmanager.role.Role;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The status exchange {@code <prefix>.status}, a fanout: every process publishes the status changes it
 * commits, and every intake receives all of them on a queue of its own (server-named, exclusive,
 * auto-delete: it lives exactly as long as the intake's connection). Events are notifications, not data:
 * no confirms, no persistence; a client that missed some reads the timeline. The plain AMQP client stays,
 * rather than a connector channel (checked against SmallRye RabbitMQ 4.33, whose queue names come from
 * configuration and whose reconnects are its own): the intake must learn when its connection came back, to
 * replay the timeline to open streams ({@link StatusReceiver#catchUp}), and the connector tells no one; its
 * queue is server-named, living and dying with the connection; and the intake's readiness must not depend on
 * the broker. The client's own automatic recovery does the reconnecting; the schedule below only retries a
 * first connection that never came up, which that recovery does not cover.
 */
@ApplicationScoped
public class StatusBus {

    private static final Logger LOG = Logger.getLogger(StatusBus.class);
    private static final AMQP.BasicProperties TRANSIENT_JSON = new AMQP.BasicProperties.Builder()
            .contentType("application/json").deliveryMode(1).build();

    private final BrokerSettings broker;
    private final LiveConfig config;
    private final String exchange;
    private final Role role;
    private final StatusReceiver receiver;
    private volatile Connection connection;
    private volatile Channel publishing;

    public StatusBus(BrokerSettings broker, LiveConfig config, TopologyConfig topology,
            @ConfigProperty(name = "app.role") Role role, StatusReceiver receiver) {
        this.broker = broker;
        this.config = config;
        this.exchange = topology.prefix() + ".status";
        this.role = role;
        this.receiver = receiver;
    }

    public String exchange() {
        return exchange;
    }

    void onStart(@Observes StartupEvent event) {
        connectIfNeeded();
    }

    /** Until the first connection succeeds; after that the client's own recovery takes over. */
    @Scheduled(every = "${app.live.reconnect-interval:5s}", delayed = "5s")
    synchronized void connectIfNeeded() {
        if (connection != null) {
            return;
        }
        ConnectionFactory factory = broker.connectionFactory();
        factory.setAutomaticRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(config.reconnectInterval().toMillis());
        try {
            Connection opened = factory.newConnection("application-manager-status");
            Channel channel = opened.createChannel();
            channel.exchangeDeclare(exchange, BuiltinExchangeType.FANOUT, true);
            if (role.servesApi()) {
                consume(opened.createChannel());
            }
            ((Recoverable) opened).addRecoveryListener(new RecoveryListener() {
                @Override
                public void handleRecovery(Recoverable recovered) {
                    LOG.infof("Status exchange %s reconnected; open application streams catch up from the timeline", exchange);
                    receiver.catchUp();
                }

                @Override
                public void handleRecoveryStarted(Recoverable recovering) {
                    LOG.warnf("Lost the connection to the status exchange %s; live updates pause until it is back", exchange);
                }
            });
            publishing = channel;
            connection = opened;
            LOG.infof("Status events go through the fanout exchange %s%s", exchange,
                    role.servesApi() ? ", and this intake serves them to WebSocket and SSE clients" : "");
        } catch (IOException | TimeoutException e) {
            LOG.warnf("Cannot reach the broker for live status updates (%s); trying again every %s", e.getMessage(),
                    config.reconnectInterval());
        }
    }

    /** @return false when the event could not be handed to the broker */
    boolean publish(byte[] body) {
        Channel channel = publishing;
        if (channel == null || !channel.isOpen()) {
            return false;
        }
        try {
            channel.basicPublish(exchange, "", TRANSIENT_JSON, body);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void consume(Channel channel) throws IOException {
        String queue = channel.queueDeclare("", false, true, true, Map.of("x-max-length", config.queueMaxLength()))
                .getQueue();
        channel.queueBind(queue, exchange, "");
        channel.basicConsume(queue, true, (tag, delivery) -> receiver.receive(delivery.getBody()), tag -> {
        });
    }

    @PreDestroy
    void close() {
        Connection open = connection;
        if (open != null) {
            try {
                open.close(2000);
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Closing the status connection: %s", e.getMessage());
            }
        }
    }
}
