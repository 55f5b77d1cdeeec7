package com.applicationmanager.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/** Looks at the real broker from outside the application: depths, raw publishes, purges. */
public final class BrokerProbe implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    public BrokerProbe() {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(System.getenv().getOrDefault("RABBITMQ_HOST", "127.0.0.1"));
            factory.setPort(Integer.parseInt(System.getenv().getOrDefault("RABBITMQ_PORT", "5672")));
            factory.setUsername(System.getenv().getOrDefault("RABBITMQ_USERNAME", "guest"));
            factory.setPassword(System.getenv().getOrDefault("RABBITMQ_PASSWORD", "guest"));
            connection = factory.newConnection("test-probe");
            channel = connection.createChannel();
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ is not reachable for the test probe", e);
        }
    }

    /** Messages ready for delivery (not counting those a consumer holds unacknowledged). */
    public long ready(String queue) {
        try {
            return channel.queueDeclarePassive(queue).getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot inspect queue " + queue, e);
        }
    }

    /** Consumers the broker counts on the queue, whoever they are. */
    public long consumers(String queue) {
        try {
            return channel.queueDeclarePassive(queue).getConsumerCount();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot inspect queue " + queue, e);
        }
    }

    /** Subscribes a consumer of the probe's own on a channel of its own; {@link #cancel} returns what it took. */
    public Channel consume(String queue) {
        try {
            Channel consumer = connection.createChannel();
            consumer.basicConsume(queue, false, (tag, delivery) -> {
            }, tag -> {
            });
            return consumer;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot consume from " + queue, e);
        }
    }

    public void cancel(Channel consumer) {
        try {
            consumer.close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot close the probe's consumer", e);
        }
    }

    public void purge(String queue) {
        try {
            channel.queuePurge(queue);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot purge queue " + queue, e);
        }
    }

    public void publish(String exchange, String routingKey, String body, Map<String, Object> headers) {
        try {
            AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                    .contentType("application/json").deliveryMode(2).headers(headers).build();
            channel.basicPublish(exchange, routingKey, props, body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish to " + exchange, e);
        }
    }

    /** Takes one message off a queue without acknowledging it, so it returns to the queue afterwards. */
    public GetResponse peek(String queue) {
        try {
            GetResponse response = channel.basicGet(queue, false);
            if (response != null) {
                channel.basicNack(response.getEnvelope().getDeliveryTag(), false, true);
            }
            return response;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read from " + queue, e);
        }
    }

    /** Takes one message off a queue for good (acknowledged). */
    public GetResponse take(String queue) {
        try {
            return channel.basicGet(queue, true);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read from " + queue, e);
        }
    }

    /** A durable classic queue bound to an exchange, to observe what the application publishes there. */
    public void bindQueue(String queue, String exchange, String routingKey) {
        try {
            channel.queueDeclare(queue, true, false, false, null);
            channel.queueBind(queue, exchange, routingKey);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot bind " + queue + " to " + exchange, e);
        }
    }

    public void deleteQueues(String... queues) {
        for (String queue : queues) {
            try {
                channel.queueDelete(queue);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot delete queue " + queue, e);
            }
        }
    }

    public void deleteExchanges(String... exchanges) {
        for (String exchange : exchanges) {
            try {
                channel.exchangeDelete(exchange);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot delete exchange " + exchange, e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
