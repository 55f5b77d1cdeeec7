package com.applicationmanager.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.applicationmanager.client.AdminConfig;
import com.applicationmanager.monitoring.TimelineAges;

/**
 * The pause switch, kept in the database so that it reaches every worker replica, including those KEDA starts
 * later; each worker applies it to its own channel ({@link ConsumptionWatcher}) and reports back here.
 */
@ApplicationScoped
public class ConsumptionSwitch {

    private final EntityManager em;
    private final AdminConfig config;

    public ConsumptionSwitch(EntityManager em, AdminConfig config) {
        this.em = em;
        this.config = config;
    }

    @Transactional
    public void set(String channel, boolean paused, String actor) {
        em.createNativeQuery("insert into {h-schema}consumption_control (channel, paused, changed_at, changed_by) "
                + "values (?1, ?2, ?3, ?4) on conflict (channel) do update "
                + "set paused = excluded.paused, changed_at = excluded.changed_at, changed_by = excluded.changed_by")
                .setParameter(1, channel).setParameter(2, paused).setParameter(3, Instant.now()).setParameter(4, actor)
                .executeUpdate();
    }

    @Transactional
    public boolean wanted(String channel) {
        List<?> rows = em.createNativeQuery("select paused from {h-schema}consumption_control where channel = ?1")
                .setParameter(1, channel).getResultList();
        return !rows.isEmpty() && (Boolean) rows.get(0);
    }

    @Transactional
    public void report(String instanceId, String channel, boolean paused) {
        em.createNativeQuery("insert into {h-schema}consumer_instance (instance_id, channel, paused, seen_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (instance_id, channel) do update "
                + "set paused = excluded.paused, seen_at = excluded.seen_at")
                .setParameter(1, instanceId).setParameter(2, channel).setParameter(3, paused)
                .setParameter(4, Instant.now()).executeUpdate();
        em.createNativeQuery("delete from {h-schema}consumer_instance where seen_at < ?1")
                .setParameter(1, Instant.now().minus(Duration.ofHours(1))).executeUpdate();
    }

    @Transactional
    public ConsumptionState state(String channel) {
        @SuppressWarnings("unchecked")
        List<Object[]> control = em.createNativeQuery(
                "select paused, changed_at, changed_by from {h-schema}consumption_control where channel = ?1")
                .setParameter(1, channel).getResultList();
        Instant liveSince = Instant.now().minus(config.consumptionPollInterval().multipliedBy(3).plusSeconds(5));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select instance_id, paused, seen_at from {h-schema}consumer_instance "
                + "where channel = ?1 and seen_at > ?2 order by instance_id")
                .setParameter(1, channel).setParameter(2, liveSince).getResultList();
        List<ConsumptionState.Instance> instances = rows.stream()
                .map(r -> new ConsumptionState.Instance((String) r[0], (Boolean) r[1], TimelineAges.toInstant(r[2])))
                .toList();
        if (control.isEmpty()) {
            return new ConsumptionState(channel, false, null, null, instances);
        }
        Object[] c = control.get(0);
        return new ConsumptionState(channel, (Boolean) c[0], TimelineAges.toInstant(c[1]), (String) c[2], instances);
    }
}
