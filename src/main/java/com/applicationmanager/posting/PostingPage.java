package com.applicationmanager.posting;

import java.util.List;

/** One page of the posting list; {@code next} is the cursor for the following page, null on the last. */
public record PostingPage(List<PostingView> items, String next) {
}
