package com.applicationmanager.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * Varied, valid applications: international names (some with stray spaces and capitals for the normalise step),
 * unique emails, phone formats, résumés from a few hundred characters to 60 KB (or a link instead), optional
 * cover letters, answers that sometimes knock the candidate out, every job type, and clients of every tier
 * (enterprise 20 %, professional 30 %, free 50 %). Half the requests carry an Idempotency-Key, as careful
 * integrations do. Called from the sender thread only.
 */
final class ApplicationFactory {

    record Request(String apiKey, String idempotencyKey, Buffer body) {
    }

    private static final String[] FIRST = { "Ada", "Grace", "José", "Zoë", "Bjørn", "Siobhán", "Łukasz", "Aoife", "Mei",
            "Olúwaseun", "Priya", "Hiroshi", "Fatima", "Mateo", "Ingrid", "Kwame", "Élodie", "Dmitri", "Amara", "Noah" };
    private static final String[] LAST = { "Lovelace", "Hopper", "García", "Müller", "Nakamura", "O'Brien", "Kowalski",
            "Adeyemi", "Sharma", "Johansson", "Rossi", "Dubois", "Ivanova", "Mensah", "Smith", "Núñez", "Chen", "Okafor" };
    private static final String[] DOMAINS = { "example.org", "example.com", "mail.example.net", "candidates.example" };
    private static final String[] PHONES = { "+44 20 7946 %04d", "+1 202 555 %04d", "020 7946 %04d", "+49 30 9018 %04d" };
    private static final String[] SOURCES = { "careers-site", "referral", "linkedin", "agency", "job-board" };
    private static final String[] WORDS = ("built operated designed migrated reliable services platform team customers "
            + "Java SQL Python Kubernetes Figma negotiation CRM Zendesk Spark latency throughput on-call mentoring "
            + "stakeholders roadmap delivered revenue quarterly accessibility research prototypes pipelines data "
            + "warehouse incidents postmortems automation testing quality ownership growth").split(" ");

    private final List<Setup.Client> enterprise;
    private final List<Setup.Client> professional;
    private final List<Setup.Client> free;
    private final SplittableRandom random;
    private final String[] resumes;
    private long sequence;

    ApplicationFactory(List<Setup.Client> clients, long seed) {
        this.enterprise = clients.stream().filter(c -> c.tier().equals("enterprise")).toList();
        this.professional = clients.stream().filter(c -> c.tier().equals("professional")).toList();
        this.free = clients.stream().filter(c -> c.tier().equals("free")).toList();
        this.random = new SplittableRandom(seed);
        // prepared once, so that the sender thread spends its time sending
        this.resumes = new String[256];
        for (int i = 0; i < resumes.length; i++) {
            resumes[i] = text(resumeLength());
        }
    }

    Request next() {
        long n = ++sequence;
        Postings.Posting posting = Postings.ALL.get(random.nextInt(Postings.ALL.size()));
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String name = random.nextInt(10) == 0 ? "  " + first + "   " + last + " " : first + " " + last;
        String email = ascii(first) + "." + ascii(last) + "+" + Long.toString(n, 36) + "-" + random.nextInt(1_000_000)
                + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
        JsonObject body = new JsonObject().put("candidateName", name)
                .put("email", random.nextInt(5) == 0 ? email.toUpperCase(Locale.ROOT) : email)
                .put("jobPostingId", posting.id()).put("type", posting.type())
                .put("source", SOURCES[random.nextInt(SOURCES.length)]);
        if (random.nextInt(4) != 0) {
            body.put("phone", String.format(Locale.ROOT, PHONES[random.nextInt(PHONES.length)], random.nextInt(10_000)));
        }
        if (random.nextInt(10) == 0) {
            body.put("resumeUrl", "https://cv.example.org/" + ascii(last) + "/" + n + ".pdf");
        } else {
            body.put("resumeText", String.join(" ", posting.skills()) + "\n" + resumes[random.nextInt(resumes.length)]);
        }
        if (random.nextInt(10) < 7) {
            body.put("coverLetter", text(200 + random.nextInt(1800)));
        }
        body.put("screeningAnswers", new JsonObject()
                .put("work-permit", random.nextInt(20) == 0 ? "no" : "yes")
                .put("years", String.valueOf(random.nextInt(15)))
                .put("contract", Postings.CONTRACTS.get(random.nextInt(Postings.CONTRACTS.size()))));
        String idempotencyKey = random.nextBoolean() ? UUID.randomUUID().toString() : null;
        return new Request(client().key(), idempotencyKey, body.toBuffer());
    }

    private Setup.Client client() {
        int roll = random.nextInt(10);
        List<Setup.Client> tier = roll < 2 ? enterprise : roll < 5 ? professional : free;
        return tier.get(random.nextInt(tier.size()));
    }

    /** Mostly a page or two, sometimes long: 45 % under 1 KB, 40 % up to 5 KB, 12 % up to 20 KB, 3 % up to 60 KB. */
    private int resumeLength() {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return 200 + random.nextInt(800);
        }
        if (roll < 85) {
            return 1_000 + random.nextInt(4_000);
        }
        return roll < 97 ? 5_000 + random.nextInt(15_000) : 20_000 + random.nextInt(40_000);
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return text.toString();
    }

    private static String ascii(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return plain.toLowerCase(Locale.ROOT);
    }
}
