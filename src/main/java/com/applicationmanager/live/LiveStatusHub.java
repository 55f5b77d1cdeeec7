package com.applicationmanager.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/** The streams this process serves, by topic; every event from the status exchange passes through here. */
@ApplicationScoped
public class LiveStatusHub {

    private final Map<Topic, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();

    public LiveStatusHub(MeterRegistry meters) {
        meters.gaugeMapSize("applications.live.topics", Tags.empty(), subscriptions);
    }

    Subscription follow(Topic topic, Consumer<StatusEvent> sink) {
        Subscription subscription = new Subscription(topic, sink);
        subscriptions.compute(topic, (t, set) -> {
            Set<Subscription> followers = set != null ? set : ConcurrentHashMap.newKeySet();
            followers.add(subscription);
            return followers;
        });
        return subscription;
    }

    void leave(Subscription subscription) {
        subscriptions.computeIfPresent(subscription.topic(), (t, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    void dispatch(StatusEvent event) {
        offer(Topic.application(event.applicationId()), event);
        offer(Topic.tenant(event.tenant()), event);
    }

    /** The application streams open now, for a catch-up after the broker connection was lost. */
    Map<Topic, Set<Subscription>> applicationStreams() {
        Map<Topic, Set<Subscription>> streams = new ConcurrentHashMap<>(subscriptions);
        streams.keySet().removeIf(topic -> !topic.isApplication());
        return streams;
    }

    private void offer(Topic topic, StatusEvent event) {
        Set<Subscription> followers = subscriptions.get(topic);
        if (followers != null) {
            followers.forEach(s -> s.offer(event));
        }
    }
}
