package com.applicationmanager.posting;

/** How a screening answer is read: yes or no, a number, or one of the question's choices. */
public enum QuestionKind {
    YES_NO,
    NUMBER,
    CHOICE
}
