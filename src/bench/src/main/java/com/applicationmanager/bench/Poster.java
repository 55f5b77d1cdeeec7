package com.applicationmanager.bench;

import java.net.URI;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * Posts JSON bodies over keep-alive connections on a non-blocking Vert.x client (two event loops); a request
 * that finds every connection busy waits in the client's queue. Shared by the open and the closed loop.
 */
final class Poster implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;

    Poster(String url, int connections) {
        URI uri = URI.create(url);
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost())
                .setDefaultPort(uri.getPort()).setKeepAlive(true).setTcpNoDelay(true).setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** The status code of the answer, once its body has arrived. */
    Future<Integer> post(String path, String apiKey, String idempotencyKey, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setURI(path)
                .putHeader("Content-Type", "application/json").putHeader("X-API-Key", apiKey).setTimeout(120_000);
        if (idempotencyKey != null) {
            options.putHeader("Idempotency-Key", idempotencyKey);
        }
        return client.request(options).compose(http -> http.send(body))
                .compose(response -> response.body().map(ignored -> response.statusCode()));
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
