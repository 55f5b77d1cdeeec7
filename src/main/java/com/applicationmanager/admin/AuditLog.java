package com.applicationmanager.admin;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who did what, to which queue, with how many messages, and whether it was done or refused. Written in its own
 * transaction, so a refused or failed action is recorded as surely as a successful one.
 */
@ApplicationScoped
public class AuditLog {

    public enum Outcome { DONE, REFUSED, FAILED }

    /** An audit entry as the API shows it. */
    public record View(long id, Instant at, String actor, String action, String target, String outcome, int affected,
            String detail) {
    }

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final SecurityIdentity identity;

    public AuditLog(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public View record(String action, String target, Outcome outcome, int affected, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor();
        entry.action = action;
        entry.target = target;
        entry.outcome = outcome.name().toLowerCase();
        entry.affected = affected;
        entry.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        entry.persist();
        LOG.infof("Admin %s: %s on %s by %s, %d message(s)%s", entry.outcome, action, target, entry.actor, affected,
                detail == null ? "" : " (" + detail + ")");
        return viewOf(entry);
    }

    @Transactional
    public List<View> recent(int limit, String action) {
        Sort newestFirst = Sort.descending("id");
        List<AuditEntry> entries = action == null
                ? AuditEntry.findAll(newestFirst).page(Page.ofSize(limit)).list()
                : AuditEntry.find("action", newestFirst, action).page(Page.ofSize(limit)).list();
        return entries.stream().map(AuditLog::viewOf).toList();
    }

    private static View viewOf(AuditEntry e) {
        return new View(e.id, e.at, e.actor, e.action, e.target, e.outcome, e.affected, e.detail);
    }
}
