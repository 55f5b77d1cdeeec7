package com.applicationmanager.admin;

import java.util.List;

/** A page of the dead-letter queue, head first; {@code total} is the number of messages waiting in it. */
public record DeadLetterPage(String queue, long total, int offset, int limit, List<DeadLetter> items) {
}
