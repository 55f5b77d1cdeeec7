package com.applicationmanager.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.applicationmanager.posting.JobPostings;
import com.applicationmanager.posting.PostingRequest;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * Every test application starts with an empty schema; this opens, for the bootstrap client's tenant, the posting
 * that the example application and {@link ApplicationRequestBuilder} name, so tests that are not about postings need not create it.
 */
@ApplicationScoped
public class ExamplePostingAtStart {

    void open(@Observes StartupEvent event, JobPostings postings, ObjectMapper json,
            @ConfigProperty(name = "app.bootstrap-client.tenant") String tenant) throws IOException {
        PostingRequest example = json.readValue(Files.readString(Path.of("docs/examples/posting.json")), PostingRequest.class);
        if (postings.find(tenant, example.id()).isEmpty()) {
            postings.create(tenant, example);
        }
    }
}
