package com.applicationmanager.tracking;

import static com.applicationmanager.testing.ApplicationRequestBuilder.anApplication;
import static com.applicationmanager.testing.Credentials.asClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.applicationmanager.testing.JobPostingBuilder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ListingTest {

    @Test
    void pagesThroughAFilteredListingNewestFirstWithoutGapsOrRepeats() {
        String posting = "listing-" + UUID.randomUUID().toString().substring(0, 8);
        JobPostingBuilder.ensureOpen(posting);
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(asClient().contentType(ContentType.JSON).body(anApplication().with("jobPostingId", posting).build())
                    .post("/api/v1/applications").then().statusCode(202).extract().path("id"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = asClient().queryParam("postingId", posting).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/applications").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        List<String> newestFirst = new ArrayList<>(submitted);
        Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void filtersByStatusAndType() {
        // a type of its own (listed in the test profile), so that no other suite's application matches the filter
        String type = "listing-filter";
        JobPostingBuilder.ensureOpen("eng-backend-042");
        String id = asClient().contentType(ContentType.JSON).body(anApplication().withType(type).build())
                .post("/api/v1/applications").then().statusCode(202).extract().path("id");

        List<String> ofType = asClient().queryParam("type", type).get("/api/v1/applications").jsonPath().getList("items.id");
        assertThat(ofType).containsExactly(id);
        List<String> withdrawnOfType = asClient().queryParam("type", type).queryParam("status", "WITHDRAWN")
                .get("/api/v1/applications").jsonPath().getList("items.id");
        assertThat(withdrawnOfType).isEmpty();
    }

    @Test
    void aForgedCursorIsA400Problem() {
        asClient().queryParam("cursor", "not-a-cursor").get("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
