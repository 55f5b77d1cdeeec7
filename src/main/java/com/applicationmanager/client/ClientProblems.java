package com.applicationmanager.client;

import java.util.UUID;

import com.applicationmanager.problem.Problem;
import com.applicationmanager.problem.ProblemException;

/** What the admin API refuses. */
final class ClientProblems {

    private ClientProblems() {
    }

    static class UnknownClient extends ProblemException {
        UnknownClient(UUID id) {
            super(Problem.typed("unknown-client", "Unknown client", 404, "No client has the id " + id));
        }
    }

    static class NameTaken extends ProblemException {
        NameTaken(String name) {
            super(Problem.typed("client-name-taken", "Client name taken", 409,
                    "A client named '" + name + "' exists already; client names are unique"));
        }
    }

    static class ClientRevoked extends ProblemException {
        ClientRevoked(UUID id) {
            super(Problem.typed("client-revoked", "Client revoked", 409, "The client " + id
                    + " was revoked and no key of it works again; create a new client"));
        }
    }
}
