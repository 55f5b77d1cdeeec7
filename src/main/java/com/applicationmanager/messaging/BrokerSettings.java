package com.applicationmanager.messaging;

import java.security.NoSuchAlgorithmException;

import javax.net.ssl.SSLContext;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.rabbitmq.client.ConnectionFactory;

/** The broker address, read from the same settings the RabbitMQ connector uses (RABBITMQ_HOST, ..., RABBITMQ_SSL). */
@ApplicationScoped
public class BrokerSettings {

    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String virtualHost;
    private final boolean tls;

    public BrokerSettings(@ConfigProperty(name = "rabbitmq-host") String host,
            @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username") String username,
            @ConfigProperty(name = "rabbitmq-password") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost,
            @ConfigProperty(name = "rabbitmq-ssl", defaultValue = "false") boolean tls) {
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.virtualHost = virtualHost;
        this.tls = tls;
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
        if (tls) {
            // like the connector with rabbitmq-ssl=true: the JVM's trust store, and the host name checked
            try {
                factory.useSslProtocol(SSLContext.getDefault());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("No TLS in this JVM for rabbitmq-ssl=true", e);
            }
            factory.enableHostnameVerification();
        }
        return factory;
    }
}
