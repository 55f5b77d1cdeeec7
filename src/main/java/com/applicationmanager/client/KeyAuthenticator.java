package com.applicationmanager.client;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.applicationmanager.problem.SecurityProblemMappers;

/** Finds the client a presented key belongs to: one lookup by the key's hash. */
@ApplicationScoped
public class KeyAuthenticator {

    @Transactional
    public ClientPrincipal authenticate(String presented) {
        if (presented.isEmpty() || presented.length() > ApiKeys.MAX_LENGTH) {
            throw SecurityProblemMappers.rejected("The API key is not valid");
        }
        ApiKey key = ApiKey.<ApiKey>find("from ApiKey k join fetch k.client where k.keyHash = ?1",
                (Object) ApiKeys.hash(presented)).firstResult();
        if (key == null) {
            throw SecurityProblemMappers.rejected("The API key is not valid");
        }
        if (!key.activeAt(Instant.now())) {
            throw SecurityProblemMappers.rejected("The API key was revoked or has expired; ask for a new one");
        }
        if (key.client.revokedAt != null) {
            throw SecurityProblemMappers.rejected("The client of this API key was revoked");
        }
        return key.client.principal();
    }
}
