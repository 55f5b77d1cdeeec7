package com.applicationmanager.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.rabbitmq.client.ConnectionFactory;

/** The broker address, read from the same settings the RabbitMQ connector uses (RABBITMQ_HOST, ...). */
@ApplicationScoped
public class BrokerSettings {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String virtualHost;

    public BrokerSettings(@ConfigProperty(name = "rabbitmq-host") String host,
            @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username") String username,
            @ConfigProperty(name = "rabbitmq-password") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.virtualHost = virtualHost;
    }

    public String address() {
        return host + ":" + port + (virtualHost.equals("/") ? "" : " (virtual host " + virtualHost + ")");
    }

    /** A plain AMQP client for the few things the connector does not do: declaring the topology, admin look-ups. */
    public ConnectionFactory connectionFactory() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setConnectionTimeout(3000);
        factory.setAutomaticRecoveryEnabled(false);
        return factory;
    }
}
