package com.applicationmanager.admin;

import java.lang.management.ManagementFactory;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.applicationmanager.messaging.Channels;
import com.applicationmanager.role.Role;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;

/**
 * On each consuming process: applies the pause switch to the work channel and reports what it applied. Pausing
 * stops requesting messages; those already prefetched (at most the channel's max-outstanding-messages) wait,
 * unacknowledged, until resume. Needs {@code pausable=true} on every tier channel.
 */
@ApplicationScoped
public class ConsumptionWatcher {

    private static final Logger LOG = Logger.getLogger(ConsumptionWatcher.class);

    private final ConsumptionSwitch control;
    private final ChannelRegistry channels;
    private final boolean consumes;
    private final String instanceId;
    private volatile boolean warned;

    public ConsumptionWatcher(ConsumptionSwitch control, ChannelRegistry channels,
            @ConfigProperty(name = "app.role") Role role) {
        this.control = control;
        this.channels = channels;
        this.consumes = role.consumes();
        // the JVM name is pid@hostname; in Kubernetes the hostname is the pod name
        this.instanceId = ManagementFactory.getRuntimeMXBean().getName();
    }

    @Scheduled(every = "${app.admin.consumption-poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void apply() {
        if (!consumes) {
            return;
        }
        boolean wanted = control.wanted(Channels.APPLICATIONS_IN);
        boolean allPaused = true;
        for (String name : Channels.WORK_CHANNELS) {
            PausableChannel channel = channels.getPausable(name);
            if (channel == null) {
                // before the channel is wired at start-up the registry does not know it yet: nothing to say
                if (!warned && channels.getIncomingNames().contains(name)) {
                    LOG.warnf("Channel '%s' is not pausable; set mp.messaging.incoming.%s.pausable=true to allow pausing",
                            name, name);
                    warned = true;
                }
                return;
            }
            if (wanted && !channel.isPaused()) {
                channel.pause();
                LOG.infof("Consumption of '%s' paused by an operator; prefetched messages wait until resume", name);
            } else if (!wanted && channel.isPaused()) {
                channel.resume();
                LOG.infof("Consumption of '%s' resumed", name);
            }
            allPaused &= channel.isPaused();
        }
        control.report(instanceId, Channels.APPLICATIONS_IN, allPaused);
    }

    public String instanceId() {
        return instanceId;
    }
}
