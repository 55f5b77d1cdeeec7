package com.applicationmanager.posting;

/** A posting takes applications while OPEN; CLOSED is final. */
public enum PostingStatus {
    OPEN,
    CLOSED
}
